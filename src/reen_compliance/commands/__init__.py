"""Subcommands that live in their own modules.

Each module exposes `register(subparsers, add_common)`: it adds its parser and sets `handler`
to a function taking the parsed arguments and returning the exit code. Heavy imports stay
inside the handlers, so `reen-compliance --help` starts fast.
"""
