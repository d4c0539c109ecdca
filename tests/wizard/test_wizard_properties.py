"""Property tests: any valid profile gets one verdict per route; any invalid one a ValueError naming a field."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wizard
from wizard.profile import slugify

RULES = wizard.load_rules()
KINDS = RULES.data["kinds"]
ROUTES = [r["id"] for n in RULES.data["notices"] for r in n["routes"]]
SLUGS = sorted({name for d in RULES.data["catalogue"] for name in (d["slug"], *d["aliases"])})
NAMES = [d["name"]["fr"] for d in RULES.data["catalogue"]]
VERDICTS = {"eligible", "jury", "ineligible"}
SETTINGS = settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

specialty = st.one_of(st.none(), st.sampled_from(SLUGS), st.sampled_from(NAMES), st.text(max_size=30))
# The bac+2 before an ATS year: any kind but a preparatory class.
prior = st.fixed_dictionaries(
    {"diploma": st.sampled_from([k for k in KINDS if k not in ("ats", "cpge")])}, optional={"specialty": specialty}
)
any_profile = st.fixed_dictionaries(
    {"diploma": st.sampled_from(KINDS)},
    optional={
        "age": st.one_of(st.none(), st.integers(min_value=0, max_value=99)),
        "specialty": specialty,
        "prior_diploma": st.one_of(st.none(), prior),
        "ects": st.one_of(st.none(), st.integers(min_value=0, max_value=400)),
        "foreign": st.booleans(),
        "experience_years": st.one_of(st.integers(0, 50), st.floats(0, 50, allow_nan=False)),
        "scholarship": st.booleans(),
        "eu_national": st.one_of(st.none(), st.booleans()),
    },
)
# A prior bac+2 only for an ATS year (the engine refuses it otherwise); no more years worked than lived.
valid_profiles = any_profile.map(
    lambda p: p if p["diploma"] == "ats" or p.get("prior_diploma") is None else {**p, "prior_diploma": None}
).filter(lambda p: p.get("age") is None or p.get("experience_years", 0) <= p["age"])
# A number with a fraction (20.0 is read as 20).
fraction = st.floats(allow_nan=True).filter(lambda x: not x.is_integer())


@SETTINGS
@given(valid_profiles)
def test_valid_profiles_get_one_verdict_per_route(profile):
    result = wizard.evaluate(profile, RULES)
    assert [r["id"] for r in result["routes"]] == ROUTES
    for r in result["routes"]:
        assert r["verdict"] in VERDICTS
        assert r["reasons"]
        fees = r["fees"]
        assert fees["application_eur"] is None or fees["application_eur"] >= 0
        if fees["tuition_eur_per_year"] is None:
            assert fees["reasons"]


# One broken field in an otherwise valid profile: (field, a wrong value).
WRONG = {
    # "BTS" and " m1 " are read as kinds: only texts that are no kind whatever their case and spacing.
    "diploma": st.one_of(st.text().filter(lambda s: slugify(s) not in KINDS), st.integers(), st.none(), st.booleans()),
    "age": st.one_of(
        st.integers(max_value=-1), st.integers(min_value=100), fraction, st.text(), st.booleans()
    ),
    "ects": st.one_of(
        st.integers(max_value=-1), st.integers(min_value=601), fraction, st.text(min_size=1), st.booleans()
    ),
    "foreign": st.one_of(st.integers(), st.text(), st.floats()),
    "scholarship": st.one_of(st.integers(), st.text(), st.floats()),
    "eu_national": st.one_of(st.integers(), st.text(), st.floats()),
    "experience_years": st.one_of(
        st.floats(max_value=-0.001),
        st.integers(max_value=-1),
        st.text(),
        st.booleans(),
        st.just(float("nan")),
        st.just(float("inf")),
    ),
    "specialty": st.one_of(st.integers(), st.floats(), st.booleans(), st.lists(st.text(), max_size=2)),
    "prior_diploma": st.one_of(
        st.text().filter(lambda s: slugify(s) not in KINDS), st.integers(), st.lists(st.integers(), max_size=2)
    ),
}


@st.composite
def invalid_profiles(draw):
    profile = draw(valid_profiles)
    field = draw(st.sampled_from(sorted(WRONG)))
    value = draw(WRONG[field])
    if field == "diploma" and value is None:
        profile.pop("diploma")
    else:
        profile[field] = value
    return profile, field


@settings(SETTINGS, max_examples=5000)
@given(invalid_profiles())
def test_invalid_profiles_raise_value_error_naming_the_field(case):
    profile, field = case
    try:
        wizard.evaluate(profile, RULES)
    except ValueError as exc:
        # The diploma is checked first, so a broken diploma is always the one named.
        named = exc.field.split(".")[0]
        assert named == field, (exc, profile)
    else:
        raise AssertionError(f"no error for {profile}")


@settings(max_examples=500, deadline=None)
@given(
    st.dictionaries(st.text(min_size=1).filter(lambda k: k not in wizard.FIELDS), st.integers(), min_size=1)
)
def test_unknown_fields_are_named(extra):
    try:
        wizard.evaluate({"diploma": "bts", "age": 20, **extra}, RULES)
    except ValueError as exc:
        assert exc.field in extra
    else:
        raise AssertionError("unknown field accepted")
