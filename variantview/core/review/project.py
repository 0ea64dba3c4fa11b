"""The ``.vvproj`` project file: one SQLite database, written change by change.

Every edit is its own transaction, committed before the call returns, so a
crash or a killed process loses nothing that the editor saw saved. The file
is held with an exclusive lock while open: a second window or program gets
a clear refusal instead of a half-merged project. Saving to another name
copies through SQLite's backup API into a temporary file beside the target
and renames it into place, so the target is never half-written.

The file holds data only: texts, settings as JSON, corrections, judgements.
No pickle, no eval, and every statement takes its values as parameters.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from variantview.core.align.inputs import Correction
from variantview.core.atomic import replacing
from variantview.core.read.witness import Witness
from variantview.core.review.annotations import Anchor, Annotations, Note, Rating

SUFFIX = ".vvproj"
SCHEMA_VERSION = 2
_BUSY_TIMEOUT = 0.5


class ProjectError(Exception):
    """A project file that cannot be used, with the reason in an editor's words."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True)
class ProjectData:
    """Everything a project holds; the comparison itself is recomputed from it."""

    witnesses: tuple[Witness, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)
    boilerplate: Mapping[tuple[str, int], bool] = field(default_factory=dict)
    corrections: tuple[Correction, ...] = ()
    annotations: Annotations = field(default_factory=Annotations)


def _v1(db: sqlite3.Connection) -> None:
    _run_script(
        db,
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE witnesses (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
            source TEXT NOT NULL, text TEXT NOT NULL, metadata TEXT NOT NULL);
        CREATE TABLE boilerplate (witness TEXT NOT NULL, unit INTEGER NOT NULL, value INTEGER NOT NULL,
            PRIMARY KEY (witness, unit));
        CREATE TABLE corrections (seq INTEGER PRIMARY KEY, op TEXT NOT NULL, witness TEXT NOT NULL, unit INTEGER NOT NULL,
            target_witness TEXT, target_unit INTEGER);
        CREATE TABLE notes (kind TEXT NOT NULL, witness TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            digest TEXT NOT NULL, subject TEXT NOT NULL, verdict TEXT NOT NULL, text TEXT NOT NULL,
            PRIMARY KEY (kind, witness, start, "end", digest, subject));
        CREATE TABLE ratings (witness TEXT PRIMARY KEY, rating TEXT NOT NULL, note TEXT NOT NULL);
        """
    )


def _v2(db: sqlite3.Connection) -> None:
    """Verdicts carry the time they were set (a published fact check is dated); older verdicts have none."""
    db.execute("ALTER TABLE notes ADD COLUMN verdict_at TEXT NOT NULL DEFAULT ''")


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Statement by statement: ``executescript`` would commit the migration's transaction halfway."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


_MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2)
"""``_MIGRATIONS[n]`` takes a file from schema version n to n + 1."""


class Project:
    """An open project file. Use ``Project.create`` or ``Project.open``; ``close`` releases the lock."""

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self.path = path
        self._db = db
        self._stamp = _stamp(path)

    @classmethod
    def create(cls, path: Path | str, data: ProjectData) -> Project:
        """Write ``data`` as a new project at ``path``, replacing any file there only once complete."""
        path = Path(path)
        try:
            with replacing(path) as temp:
                db = _connect(temp)
                try:
                    _migrate(db, temp)
                    with db:
                        _write_all(db, data)
                finally:
                    db.close()
        except OSError as error:
            raise ProjectError(path, f"cannot write in this folder ({error.strerror or error})") from None
        return cls.open(path)

    @classmethod
    def open(cls, path: Path | str) -> Project:
        path = Path(path)
        if not path.is_file():
            raise ProjectError(path, "there is no project file here")
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise ProjectError(path, "the project file is read-only; copy it somewhere writable to work on it")
        db = _connect(path)
        try:
            _lock(db, path)
            _check_integrity(db, path)
            _migrate(db, path)
        except BaseException:
            db.close()
            raise
        return cls(path, db)

    def close(self) -> None:
        self._db.close()

    def load(self) -> ProjectData:
        db = self._db
        try:
            witnesses = tuple(
                Witness(id=i, name=n, source=s, text=t, metadata=json.loads(m))
                for i, n, s, t, m in db.execute("SELECT id, name, source, text, metadata FROM witnesses ORDER BY position")
            )
            settings = {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM settings")}
            boilerplate = {(w, u): bool(v) for w, u, v in db.execute("SELECT witness, unit, value FROM boilerplate")}
            corrections = tuple(
                Correction(op, (w, u), (tw, tu) if tw is not None else None)
                for op, w, u, tw, tu in db.execute("SELECT op, witness, unit, target_witness, target_unit FROM corrections ORDER BY seq")
            )
            notes = {}
            for kind, witness, start, end, dig, subject, verdict, text, verdict_at in db.execute(
                'SELECT kind, witness, start, "end", digest, subject, verdict, text, verdict_at FROM notes'
            ):
                anchor = Anchor(kind, witness, start, end, dig, subject)
                notes[anchor] = Note(anchor, verdict, text, verdict_at)
            ratings = {w: Rating(w, r, n) for w, r, n in db.execute("SELECT witness, rating, note FROM ratings")}
        except (sqlite3.DatabaseError, ValueError) as error:
            raise ProjectError(self.path, f"the project file is damaged ({error})") from None
        return ProjectData(witnesses, settings, boilerplate, corrections, Annotations(notes, ratings))

    def put_note(self, note: Note) -> None:
        a = note.anchor
        key = (a.kind, a.witness, a.start, a.end, a.text_digest, a.subject)
        with self._write() as db:
            db.execute('DELETE FROM notes WHERE kind=? AND witness=? AND start=? AND "end"=? AND digest=? AND subject=?', key)
            if not note.empty:
                db.execute("INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (*key, note.verdict, note.text, note.verdict_at))

    def put_rating(self, rating: Rating) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO ratings VALUES (?, ?, ?)", (rating.witness, rating.rating, rating.note))

    def put_setting(self, key: str, value: Any) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, json.dumps(value)))

    def put_witnesses(self, witnesses: Sequence[Witness]) -> None:
        """Replace the outlet list (adding, removing, renaming and reordering are all this)."""
        with self._write() as db:
            db.execute("DELETE FROM witnesses")
            _insert_witnesses(db, witnesses)

    def put_boilerplate(self, overrides: Mapping[tuple[str, int], bool]) -> None:
        with self._write() as db:
            db.execute("DELETE FROM boilerplate")
            db.executemany("INSERT INTO boilerplate VALUES (?, ?, ?)", [(w, u, int(v)) for (w, u), v in overrides.items()])

    def put_corrections(self, corrections: Sequence[Correction]) -> None:
        with self._write() as db:
            db.execute("DELETE FROM corrections")
            _insert_corrections(db, corrections)

    def _write(self) -> _Transaction:
        return _Transaction(self)

    def check_unchanged(self) -> None:
        """Refuse to write into a file another program has changed, replaced or removed since we last wrote it.

        The exclusive lock keeps other SQLite writers out, but not a copy or a
        sync tool replacing the file: writing on would lose their version or
        ours without a word.
        """
        now = _stamp(self.path)
        if now is None:
            raise ProjectError(self.path, "the project file was moved or deleted by another program")
        if now != self._stamp:
            raise ProjectError(self.path, "the project file was changed on disk by another program since it was opened, so it was not overwritten")


def read_project(path: Path | str) -> ProjectData:
    """A project's data for reading only: no lock taken, nothing migrated, nothing written.

    A library reads many projects an editor may have open in a window at the
    same time; it must never change them. SQLite opens the file read-only
    (``mode=ro``), so even a hot journal left by a crash is not rolled back
    here; such a file, one held by a window, a damaged file and one from a
    newer version are refused with the reason. One from an older version is
    brought up to date in memory.
    """
    path = Path(path)
    if not path.is_file():
        raise ProjectError(path, "there is no project file here")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=_BUSY_TIMEOUT, isolation_level=None)
    except sqlite3.Error as error:
        raise _refusal(path, error) from None
    try:
        if _check_readable(db, path) < SCHEMA_VERSION:
            return _read_older(db, path)
        return Project(path, db).load()
    finally:
        db.close()


def _read_older(db: sqlite3.Connection, path: Path) -> ProjectData:
    """An older project, brought up to date in a copy in memory: the file on disk stays as it was."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db.backup(memory)
        _migrate(memory, path)
        return Project(path, memory).load()
    finally:
        memory.close()


def _check_readable(db: sqlite3.Connection, path: Path) -> int:
    """The project's format version, once it is known to be an undamaged VariantView project this one can read."""
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "schema_version" not in tables:
            raise ProjectError(path, "this is not a VariantView project")
        version = db.execute("SELECT version FROM schema_version").fetchone()[0]
    except sqlite3.OperationalError as error:
        raise _refusal(path, error) from None
    except sqlite3.DatabaseError as error:
        raise ProjectError(path, f"the project file is damaged ({error})") from None
    if version > SCHEMA_VERSION:
        raise ProjectError(path, f"the project was saved by a newer VariantView (format {version}; this one reads up to {SCHEMA_VERSION})")
    _check_integrity(db, path)
    return int(version)


class _Transaction:
    """``with``: one committed transaction into an unchanged file; SQLite failures become ProjectError."""

    def __init__(self, project: Project) -> None:
        self._project = project
        self._db = project._db

    def __enter__(self) -> sqlite3.Connection:
        self._project.check_unchanged()
        self._db.execute("BEGIN IMMEDIATE")
        return self._db

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, _tb: object) -> Literal[False]:
        if kind is None:
            try:
                self._db.execute("COMMIT")
                self._project._stamp = _stamp(self._project.path)
                return False
            except sqlite3.Error as failure:
                error = failure
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise ProjectError(self._project.path, f"the change could not be saved ({error})") from None
        return False


def _stamp(path: Path) -> tuple[int, int, int, int] | None:
    """The file's identity and last change as the file system reports them."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _connect(path: Path) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(path, timeout=_BUSY_TIMEOUT, isolation_level=None)
        db.execute("PRAGMA synchronous=FULL")
        return db
    except sqlite3.Error as error:
        raise _refusal(path, error) from None


def _refusal(path: Path, error: sqlite3.Error) -> ProjectError:
    """SQLite's complaint on opening, in an editor's words."""
    if isinstance(error, sqlite3.OperationalError) and ("locked" in str(error) or "busy" in str(error)):
        return ProjectError(path, "the project is open in another VariantView window or program")
    if isinstance(error, sqlite3.DatabaseError):
        return ProjectError(path, f"this is not a VariantView project, or it is damaged ({error})")
    return ProjectError(path, f"cannot open the project file ({error})")


def _lock(db: sqlite3.Connection, path: Path) -> None:
    """Hold the file exclusively until close, so two windows never write one project."""
    try:
        db.execute("PRAGMA locking_mode=EXCLUSIVE")
        db.execute("BEGIN EXCLUSIVE")
        db.execute("COMMIT")
    except sqlite3.Error as error:
        raise _refusal(path, error) from None


def _check_integrity(db: sqlite3.Connection, path: Path) -> None:
    try:
        result = [r[0] for r in db.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        raise ProjectError(path, f"the project file is damaged ({error})") from None
    if result != ["ok"]:
        raise ProjectError(path, f"the project file is damaged ({'; '.join(result[:3])})")


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and "schema_version" not in tables:
            raise ProjectError(path, "this SQLite file is not a VariantView project")
        version = db.execute("SELECT version FROM schema_version").fetchone()[0] if tables else 0
        if version > SCHEMA_VERSION:
            raise ProjectError(path, f"the project was saved by a newer VariantView (format {version}; this one reads up to {SCHEMA_VERSION})")
        if version == SCHEMA_VERSION:
            return
        db.execute("BEGIN IMMEDIATE")
        if version == 0:
            db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            db.execute("INSERT INTO schema_version VALUES (0)")
        for migration in _MIGRATIONS[version:]:
            migration(db)
        db.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION,))
        db.execute("COMMIT")
    except sqlite3.DatabaseError as error:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise ProjectError(path, f"the project file is damaged ({error})") from None


def _write_all(db: sqlite3.Connection, data: ProjectData) -> None:
    _insert_witnesses(db, data.witnesses)
    db.executemany("INSERT INTO settings VALUES (?, ?)", [(k, json.dumps(v)) for k, v in data.settings.items()])
    db.executemany("INSERT INTO boilerplate VALUES (?, ?, ?)", [(w, u, int(v)) for (w, u), v in data.boilerplate.items()])
    _insert_corrections(db, data.corrections)
    db.executemany(
        "INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(a.kind, a.witness, a.start, a.end, a.text_digest, a.subject, n.verdict, n.text, n.verdict_at) for a, n in data.annotations.notes.items()],
    )
    db.executemany("INSERT INTO ratings VALUES (?, ?, ?)", [(r.witness, r.rating, r.note) for r in data.annotations.ratings.values()])


def _insert_witnesses(db: sqlite3.Connection, witnesses: Sequence[Witness]) -> None:
    db.executemany(
        "INSERT INTO witnesses VALUES (?, ?, ?, ?, ?, ?)",
        [(w.id, i, w.name, w.source, w.text, json.dumps(dict(w.metadata))) for i, w in enumerate(witnesses)],
    )


def _insert_corrections(db: sqlite3.Connection, corrections: Sequence[Correction]) -> None:
    db.executemany(
        "INSERT INTO corrections (op, witness, unit, target_witness, target_unit) VALUES (?, ?, ?, ?, ?)",
        [(c.op, *c.unit, *(c.target or (None, None))) for c in corrections],
    )


