"""Render reports as JUnit XML, so a pipeline shows each finding as a test case.

One `testsuite` per body and one `testcase` per finding, named `rule_id[period]`. Only a
`non_compliant` finding is a `<failure>`; `compliant` passes; every other status (not
applicable, not yet due, exempted, insufficient data) is `<skipped>` with its status as the
message, so missing data stays visible without failing the build. An invalid profile in a batch
is a suite holding one `<error>`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence

from reen_compliance.formats.profile import Status
from reen_compliance.formats.report import Finding, Report
from reen_compliance.i18n.formats import Lang
from reen_compliance.i18n.message import msg
from reen_compliance.i18n.render import render
from reen_compliance.report.summary import Outcome
from reen_compliance.report.text import field, gap_message
from reen_compliance.report.words import status_label

# Characters XML 1.0 cannot carry even escaped: they are dropped from the text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def testcase_name(finding: Finding) -> str:
    """`rule_id[period]`, or the rule id alone for a finding without period."""
    return f"{finding.rule_id}[{finding.period}]" if finding.period else finding.rule_id


def render_junit(outcomes: Sequence[Outcome], lang: Lang = "fr") -> str:
    """The JUnit XML document of a batch (or of one report), built with ElementTree."""
    return render_suites([junit_suite(outcome, lang) for outcome in outcomes])


def junit_suite(outcome: Outcome, lang: Lang) -> ET.Element:
    """The test suite of one body (a batch worker builds it and sends it back, not the report)."""
    if outcome.report is not None:
        return _report_suite(outcome.path, outcome.report, lang)
    return _invalid_suite(outcome, lang)


def render_suites(suites: Iterable[ET.Element]) -> str:
    """The JUnit XML document holding these suites, in order, with their totals."""
    root = ET.Element("testsuites", name="reen-compliance")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for suite in suites:
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _report_suite(path: str, report: Report, lang: Lang) -> ET.Element:
    body = report.collectivity
    name = f"{body.name} ({body.siren})" if body.siren else body.name
    suite = ET.Element("testsuite", name=_clean(name))
    properties = ET.SubElement(suite, "properties")
    receipt = report.receipt
    for key, value in (
        ("profile", path),
        ("as_of", report.as_of.isoformat()),
        ("law_as_of", report.law_as_of.isoformat()),
        ("engine_version", receipt.engine_version),
        ("rule_pack_version", receipt.rule_pack_version),
        ("rule_pack_sha256", receipt.rule_pack_sha256),
        ("profile_sha256", receipt.profile_sha256 or ""),
    ):
        ET.SubElement(properties, "property", name=key, value=_clean(value))
    failures = skipped = 0
    for finding in report.findings:
        case = ET.SubElement(
            suite, "testcase", classname=finding.rule_id, name=_clean(testcase_name(finding))
        )
        label = status_label(finding.status, lang)
        if finding.status == Status.NON_COMPLIANT:
            failures += 1
            failure = ET.SubElement(case, "failure", type=finding.status.value, message=label)
            failure.text = _clean(_details(finding, lang))
        elif finding.status != Status.COMPLIANT:
            skipped += 1
            text = field(label, finding.explanation, lang)
            ET.SubElement(case, "skipped", message=_clean(text))
    suite.set("tests", str(len(report.findings)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", str(skipped))
    return suite


def _details(finding: Finding, lang: Lang) -> str:
    lines = [finding.explanation]
    if finding.gap is not None:
        lines.append(field(msg("out-label-gap"), gap_message(finding.gap), lang))
    if finding.remediation:
        lines.append(field(msg("out-label-remedy"), finding.remediation, lang))
    return "\n".join(lines)


def _invalid_suite(outcome: Outcome, lang: Lang) -> ET.Element:
    suite = ET.Element(
        "testsuite", name=_clean(outcome.path), tests="1", failures="0", errors="1", skipped="0"
    )
    case = ET.SubElement(suite, "testcase", classname="profile", name=_clean(outcome.path))
    error = ET.SubElement(
        case,
        "error",
        type="invalid_profile",
        message=render(msg("out-junit-invalid-profile"), lang),
    )
    error.text = _clean(outcome.problems or "")
    return suite
