"""Loads the whole of data/ into one validated model, or raises every error found at once."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from slugify import slugify

from .load import DataError, DataErrors, YamlFile, display_path, read_yaml, validate
from .model.notice import Cost, Notice
from .model.recruiter import Recruiters
from .model.registry import Diploma, Registry
from .model.school import School, Schools

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DATA_ENV = "IMT_DATA_DIR"
"""Environment variable naming another data folder to read (a staff copy, the benchmark's synthetic data)."""
FILE_MODELS = {"registry.yaml": Registry, "schools.yaml": Schools, "recruiters.yaml": Recruiters}
"""The model of each file at the data folder's top; every file under notices/ is a Notice."""


def file_model(rel: str) -> type[Registry | Schools | Recruiters | Notice]:
    """The model of a data file, by its path inside the data folder."""
    return FILE_MODELS.get(rel, Notice)


def data_dir() -> Path:
    """The data folder the commands and the site read by default: $IMT_DATA_DIR, or this copy's data/."""
    return Path(os.environ.get(DATA_ENV) or DATA_DIR).resolve()


def session_key(session: str) -> tuple[int, ...]:
    """Sort key of a session id ("2024", "2025-2026")."""
    return tuple(int(p) for p in session.split("-"))


@dataclass
class NoticeFile:
    notice: Notice
    file: YamlFile


@dataclass
class Dataset:
    """Everything the site and the wizard are made from."""

    root: Path
    registry: Registry
    schools: list[School]
    recruiters: Recruiters
    notices: list[NoticeFile]
    files: dict[str, YamlFile] = field(default_factory=dict)
    """Parsed files by their path inside the data folder ("registry.yaml", "notices/ast/2026.yaml")."""
    _diplomas: dict | None = field(default=None, repr=False)

    def school(self, school_id: str) -> School:
        return next(s for s in self.schools if s.id == school_id)

    def document(self, doc_id: str):
        return next(d for d in self.registry.documents if d.id == doc_id)

    def sessions(self, notice_id: str) -> list[Notice]:
        """Every session of a notice, newest first."""
        found = [n.notice for n in self.notices if n.notice.notice == notice_id]
        return sorted(found, key=lambda n: session_key(n.session), reverse=True)

    def notice_ids(self) -> list[str]:
        return sorted({n.notice.notice for n in self.notices})

    def current(self) -> list[Notice]:
        """The newest session of each notice: what the tables and the wizard use."""
        return [self.sessions(nid)[0] for nid in self.notice_ids()]

    def is_current(self, notice: Notice) -> bool:
        return self.sessions(notice.notice)[0] is notice

    def models(self) -> list[tuple[str, object]]:
        """Each file's model with a short name of where it comes from ("registry", "ast/2026")."""
        found: list[tuple[str, object]] = [("registry", self.registry), ("schools", self.schools),
                                           ("recruiters", self.recruiters)]
        return found + [(f"{f.notice.notice}/{f.notice.session}", f.notice) for f in self.notices]

    def route_cost(self, ref: str, school: str) -> Cost | None:
        """The course cost per year that a notice session ("albi-alternance/2025") gives a school's routes, or None."""
        for f in self.notices:
            n = f.notice
            if f"{n.notice}/{n.session}" == ref:
                for r in n.routes:
                    if r.school == school and r.cost and r.cost.eur_per_year is not None:
                        return r.cost
        return None

    def diploma(self, kind: str, slug: str) -> Diploma | None:
        """The catalogue entry of a speciality for a diploma kind, by slug or alias."""
        if self._diplomas is None:
            self._diplomas = diploma_index(self.registry.diplomas)
        return self._diplomas.get((kind, slugify(slug)))


def diploma_index(diplomas: list[Diploma]) -> dict[tuple[str, str], Diploma]:
    """(kind, slug or alias) -> catalogue entry."""
    index: dict[tuple[str, str], Diploma] = {}
    for entry in diplomas:
        for kind in entry.kinds:
            for name in (entry.slug, *entry.aliases):
                index.setdefault((kind, name), entry)
    return index


def _visible(folder: Path, pattern: str) -> list[Path]:
    """The files of `folder` matching `pattern`, without hidden ones or those in hidden folders (.bak/, .2024.yaml)."""
    return sorted(p for p in folder.rglob(pattern) if p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def notice_files(root: Path) -> list[Path]:
    """Every notice session file of a data folder: notices/NOTICE/SESSION.yaml."""
    return [p for p in _visible(root / "notices", "*.yaml") if len(p.relative_to(root / "notices").parts) == 2]


def data_files(root: Path) -> list[Path]:
    """Every file of a data folder that validation reads or refuses: what a rebuild must notice."""
    return _visible(root, "*")


def load_dataset(root: Path = DATA_DIR) -> Dataset:
    """Read, validate and cross-check data/; raise DataErrors listing every problem."""
    from .check import check_dataset  # the checks need the Dataset type

    if not root.is_dir():  # one error, not "file not found" for each file of a folder that is not there
        raise DataErrors([DataError(str(root), 1, 1, "(folder)",
                                    "no such data folder: give the folder that holds registry.yaml")])
    errors: list[DataError] = []
    files: dict[str, YamlFile] = {}
    invalid: list[YamlFile] = []
    unread: list[str] = []  # files a YAML syntax error stopped: their errors after it are not known yet

    def read(path: Path, model):
        if not path.exists():
            errors.append(DataError(display_path(path, root), 1, 1, "(file)", "file not found"))
            return None, None
        doc, errs = read_yaml(path, root)
        errors.extend(errs)
        if doc is None:
            unread.append(display_path(path, root))
            return None, None
        files[path.relative_to(root).as_posix()] = doc
        obj, errs = validate(model, doc)
        errors.extend(errs)
        if obj is None:
            invalid.append(doc)
        return obj, doc

    registry, _ = read(root / "registry.yaml", file_model("registry.yaml"))
    schools, _ = read(root / "schools.yaml", file_model("schools.yaml"))
    recruiters, _ = read(root / "recruiters.yaml", file_model("recruiters.yaml"))
    notices: list[NoticeFile] = []
    placed = notice_files(root)
    for path in placed:
        notice, doc = read(path, file_model(path.relative_to(root).as_posix()))
        if notice is not None:
            notices.append(NoticeFile(notice, doc))
    # A notice file named otherwise would be skipped without a word (2027.yml, or a file beside the folders).
    for path in _visible(root / "notices", "*"):
        if path.suffix.lower() in (".yaml", ".yml") and path not in placed:
            errors.append(DataError(display_path(path, root), 1, 1, "(file)",
                                    "not read: a notice session is data/notices/NOTICE/SESSION.yaml "
                                    "(for example data/notices/ast/2027.yaml)"))
    if registry is None:
        raise DataErrors(errors, f"the checks across files run once {display_path(root / 'registry.yaml', root)} "
                                 "reads without error")
    # Cross-checks also run on the files that did validate, so that every error shows at once.
    dataset = Dataset(root, registry, schools.schools if schools else [], recruiters, notices, files)
    errors += check_dataset(dataset, complete=schools is not None and recruiters is not None, invalid=invalid)
    if errors:
        waiting = []
        if unread:
            waiting.append(f"the rest of {', '.join(unread)} (a YAML syntax error stops the reading of its file)")
        if invalid or schools is None or recruiters is None or unread:
            waiting.append("some checks (dates in order, routes, programmes, seat totals, English texts copied from "
                           "the French, weekdays in texts), which run only on a file without errors of its own")
        raise DataErrors(errors, "; ".join(waiting) + ": run validate again once these are fixed" if waiting else None)
    return dataset
