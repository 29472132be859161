"""Tests of an EPCI evaluated with its member communes (`reen-compliance members`)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from reen_compliance.cli.common import main
from reen_compliance.cli.members import run_for_check
from reen_compliance.errors import ProfileError
from reen_compliance.formats.profile import Profile
from reen_compliance.i18n.render import render
from reen_compliance.law.loading import load_rules, parse_profile
from reen_compliance.reference.bodies import ReferenceData
from reen_compliance.reference.members import MembersSummary, summarize_members
from reen_compliance.reference.members_report import render_members_text
from reen_compliance.reference.starter import starter_profile_yaml

AS_OF = date(2026, 6, 1)
STRATEGY = "reen-art35-strategy"


def starter(code: str) -> str:
    """Return the starter profile text of a reference body."""
    reference = ReferenceData.bundled()
    return starter_profile_yaml(reference.lookup(code), reference.vintage)


def profile_of(code: str) -> Profile:
    """Return the starter profile of a reference body, parsed."""
    return parse_profile(starter(code))


def summarize(epci: str, members: dict[str, Profile], as_of: date = AS_OF) -> MembersSummary:
    """Summarise an EPCI of the reference data with the given member profiles."""
    return summarize_members(
        profile_of(epci),
        members,
        reference=ReferenceData.bundled(),
        rules=load_rules(),
        as_of=as_of,
    )


@pytest.fixture(scope="module")
def metz() -> MembersSummary:
    """Metz Métropole with profiles for Metz, Montigny-lès-Metz and Ajaccio (not a member)."""
    members = {
        "metz.yaml": profile_of("57463"),
        "montigny.yaml": profile_of("57480"),
        "ajaccio.yaml": profile_of("2A004"),
    }
    return summarize("200039865", members)


def test_epci_and_profiled_members_are_evaluated(metz: MembersSummary) -> None:
    """The EPCI and Metz are bound by the strategy; Montigny-lès-Metz is not."""
    assert metz.epci.bound_by(STRATEGY) is True
    by_code = {row.code: row for row in metz.profiled}
    assert set(by_code) == {"57463", "57480"}
    assert by_code["57463"].bound_by(STRATEGY) is True
    assert by_code["57480"].bound_by(STRATEGY) is False
    assert by_code["57463"].report is not None


def test_members_without_profile_come_from_the_reference_data(metz: MembersSummary) -> None:
    """The 44 other members are judged on their reference population, none above 50,000."""
    assert len(metz.unprofiled) == 44
    assert all(row.profile_file is None for row in metz.unprofiled)
    assert not any(row.bound_by(STRATEGY) for row in metz.unprofiled)
    assert all(row.bound_by("reen-art16-it-equipment-reuse") for row in metz.unprofiled)


def test_shared_obligations_name_each_body(metz: MembersSummary) -> None:
    """The strategy binds the EPCI and Metz, each separately."""
    shared = {s.rule_id: s.bodies for s in metz.shared}
    assert shared[STRATEGY] == ("Metz Métropole", "Metz")
    assert len(shared["reen-art16-it-equipment-reuse"]) == 47


def test_profiles_of_non_members_are_ignored_with_a_reason(metz: MembersSummary) -> None:
    """Ajaccio's profile is set aside: it is not a member of Metz Métropole."""
    [(file, reason)] = metz.ignored
    assert file == "ajaccio.yaml"
    assert render(reason, "en") == "commune 2A004 is not a member of this EPCI"
    assert render(reason, "fr") == "la commune 2A004 n'est pas membre de cet EPCI"


def test_text_says_vintage_and_that_duties_are_not_transferred(metz: MembersSummary) -> None:
    """The summary names the data's vintage and says one body's act discharges no other's."""
    text = render_members_text(metz, "en")
    assert "@etalab/decoupage-administratif 6.0.0" in text
    assert "Member communes as of the perimeters of 1 January 2025" in text
    assert "millésime 2023" in text
    assert "no text read allows one body's act to discharge another body's duty" in text
    assert f"  {STRATEGY}: Metz Métropole, Metz" in text


def test_unprofiled_member_above_the_threshold_is_named() -> None:
    """Without Metz's profile, Metz is still named as bound, from the reference data."""
    summary = summarize("200039865", {})
    metz = next(row for row in summary.unprofiled if row.code == "57463")
    assert metz.bound_by(STRATEGY) is True
    text = render_members_text(summary, "fr")
    assert "Metz (57463), 124\u202f396 hab. :" in text
    assert f"{STRATEGY} (lié)" in text


def test_member_matched_by_siren_alone() -> None:
    """A commune profile without insee_code is matched through its SIREN."""
    data = yaml.safe_load(starter("57480"))
    data["collectivity"]["insee_code"] = None
    summary = summarize("200039865", {"montigny.yaml": Profile.model_validate(data)})
    assert [row.code for row in summary.profiled] == ["57480"]


def test_unprofiled_members_use_the_figures_of_the_date() -> None:
    """On 1 June 2025 each unprofiled member is judged on its figure in force from 1 January 2025."""
    summary = summarize("200039865", {}, as_of=date(2025, 6, 1))
    metz = next(row for row in summary.unprofiled if row.code == "57463")
    assert (metz.population, metz.population_applies_from) == (123_532, date(2025, 1, 1))
    assert metz.bound_by(STRATEGY) is True
    assert "epcicom2025" in (metz.population_source or "")


def test_members_are_those_of_the_perimeter_of_the_date() -> None:
    """Lorry-Mardigny joined Metz Métropole on 1 January 2023: a member then, not in 2022."""
    in_2022 = summarize("200039865", {}, as_of=date(2022, 6, 1))
    in_2023 = summarize("200039865", {}, as_of=date(2023, 6, 1))
    assert "57416" not in {row.code for row in in_2022.unprofiled}
    assert "57416" in {row.code for row in in_2023.unprofiled}
    assert len(in_2022.unprofiled) == 45
    assert in_2022.epci_perimeter_as_of == date(2022, 1, 1)
    assert "Member communes as of the perimeters of 1 January 2022" in render_members_text(
        in_2022, "en"
    )


def test_before_the_data_no_member_figure_is_in_force() -> None:
    """On 1 June 2020, before the first year the data covers, no member's figure is in force."""
    summary = summarize("200039865", {}, as_of=date(2020, 6, 1))
    assert {row.population_applies_from for row in summary.unprofiled} == {date(2021, 1, 1)}
    text = render_members_text(summary, "en")
    assert "the reference population applies only from 1 January 2021" in text


def test_metropole_de_lyon_and_its_members() -> None:
    """The Métropole de Lyon's members are found; Lyon and Villeurbanne are bound."""
    summary = summarize("200046977", {})
    bound = {row.code for row in summary.unprofiled if row.bound_by(STRATEGY)}
    assert {"69123", "69266"} <= bound
    assert summary.epci.bound_by(STRATEGY) is True


def test_a_commune_profile_is_not_an_epci() -> None:
    """Summarising a commune as an EPCI is a located profile error."""
    with pytest.raises(ProfileError, match=r"\$\.collectivity\.kind: expected an EPCI profile"):
        summarize_members(
            profile_of("57463"),
            {},
            reference=ReferenceData.bundled(),
            rules=load_rules(),
            as_of=AS_OF,
        )


def test_an_epci_without_siren_has_unknown_members() -> None:
    """An EPCI profile without SIREN cannot be matched to its members."""
    data = yaml.safe_load(starter("200039865"))
    data["collectivity"]["siren"] = None
    with pytest.raises(ProfileError, match="so its members are unknown"):
        summarize_members(
            Profile.model_validate(data),
            {},
            reference=ReferenceData.bundled(),
            rules=load_rules(),
            as_of=AS_OF,
        )


def test_cli_members_json(tmp_path: Path) -> None:
    """The command writes JSON with the vintage and the shared obligations, and exits 0."""
    (tmp_path / "epci.yaml").write_text(starter("200039865"), encoding="utf-8")
    members = tmp_path / "members"
    members.mkdir()
    (members / "metz.yaml").write_text(starter("57463"), encoding="utf-8")
    out = tmp_path / "summary.json"
    args = ["members", str(tmp_path / "epci.yaml"), "--with-members", str(members)]
    assert main([*args, "--as-of", "2026-06-01", "-f", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["reference_data"]["package_version"] == "6.0.0"
    assert [m["code"] for m in data["members_with_profile"]] == ["57463"]
    shared = {s["rule_id"]: s["bodies"] for s in data["shared"]}
    assert shared[STRATEGY] == ["Metz Métropole", "Metz"]


def test_cli_reports_an_invalid_member_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An invalid member profile is reported on stderr, the others still summarised, exit 2."""
    epci = tmp_path / "epci.yaml"
    epci.write_text(starter("200039865"), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("format_version: 1\ncollectivity: {}\n", "utf-8")
    assert (
        main(["members", str(epci), "--with-members", str(tmp_path), "--as-of", "2026-06-01"]) == 2
    )
    captured = capsys.readouterr()
    assert "broken.yaml" in captured.err
    assert "Metz Métropole" in captured.out


def test_cli_refuses_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A --with-members path that is not a folder exits 2."""
    epci = tmp_path / "epci.yaml"
    epci.write_text(starter("200039865"), encoding="utf-8")
    assert main(["members", str(epci), "--with-members", str(tmp_path / "nope")]) == 2
    assert "ce n'est pas un dossier" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("profiles", "fmt", "code"),
    [
        (["epci.yaml"], "text", 0),
        (["epci.yaml", "other.yaml"], "text", 2),
        (["epci.yaml"], "markdown", 2),
    ],
    ids=["one-profile", "two-profiles", "markdown"],
)
def test_check_with_members_entry_point(
    tmp_path: Path, profiles: list[str], fmt: str, code: int
) -> None:
    """`check --with-members` (once merged) takes one EPCI profile and text or JSON output."""
    (tmp_path / "epci.yaml").write_text(starter("200039865"), encoding="utf-8")
    args = argparse.Namespace(
        profile=[str(tmp_path / name) for name in profiles],
        with_members=str(tmp_path),
        as_of=AS_OF,
        law_as_of=None,
        rules=None,
        lang="fr",
        format=fmt,
        output=str(tmp_path / "out.txt"),
    )
    assert run_for_check(args) == code
