"""Run every French scenario in features/ against the public API."""

from pytest_bdd import scenarios

scenarios("../features")
