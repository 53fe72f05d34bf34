"""Lazy iteration over Syncthing's paginated operations, sync and async.

Owns:

- ``Paging``: the I/O-free page state machine (which page to ask for next, what of an answer to hand out, when to
  stop), shared by the sync and the async loops;
- the ``db`` and ``folder`` namespaces of ``Syncthing`` / ``AsyncSyncthing`` with ``iter_need``,
  ``iter_remoteneed``, ``iter_localchanged`` (``st.db``) and ``iter_errors`` (``st.folder``), which call the
  generated operations one page at a time, only when the caller gets there;
- ``NeedEntry`` (a needed file tagged with its section), ``PageSizeError``, and ``PagingError`` for a server that
  does not page as asked (it answers another page than asked for, or repeats a full page), which would otherwise
  be asked for pages forever.

How Syncthing pages (1.19.2, 1.29.5 and 2.1.3 alike): ``page`` counts from 1, ``perpage`` defaults to 65536, and a
``perpage`` below 1 is silently replaced by that default (so the client refuses it before sending). A page past the
end is empty (``errors`` is ``null`` for folder errors). ``need`` cuts its pages across the puller's jobs
(``progress`` then ``queued``) and then every needed file (``rest``), in that order; within one page it leaves out of
``rest`` what the page already lists as a job, but not across pages, so a file queued on one page can come back in
``rest`` later, and the page where the jobs end can overlap the next. ``Paging`` drops those repeats by name.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, Literal, NamedTuple, TypeVar, cast

from .api.db import AsyncDbApi, DbApi
from .api.folder import AsyncFolderApi, FolderApi
from .errors import SyncthingError
from .types import Unset

if TYPE_CHECKING:  # the pages' models load with the first page
    from .models import FileInfo, FolderError, NeedPage

__all__ = [
    "DEFAULT_PERPAGE",
    "AsyncPagedDbApi",
    "AsyncPagedFolderApi",
    "NeedEntry",
    "PageSizeError",
    "PagedDbApi",
    "PagedFolderApi",
    "Paging",
    "PagingError",
]

DEFAULT_PERPAGE = 1000
"""Items asked for per request when the caller does not say (Syncthing's own default is 65536)."""

NeedSection = Literal["progress", "queued", "rest"]
_JOBS: frozenset[str] = frozenset(("progress", "queued"))

_T = TypeVar("_T")


class PageSizeError(SyncthingError, ValueError):
    """``perpage`` is not a whole number of at least 1; raised before anything is sent."""


class PagingError(SyncthingError):
    """The server does not page as asked: it answered another page than the one asked for, or a full page equal to
    the one before (where Syncthing never repeats one). Raised instead of asking for the next page forever."""


class NeedEntry(NamedTuple):
    """One needed file and the section of ``GET /rest/db/need`` it came from.

    ``section`` is ``"progress"`` (being pulled), ``"queued"`` (waiting in the puller's queue) or ``"rest"``
    (needed, not queued yet). Unpacks as ``section, file``.
    """

    section: NeedSection
    file: FileInfo


def check_perpage(perpage: object) -> int:
    """``perpage`` as it will be sent, or ``PageSizeError``."""
    if isinstance(perpage, bool) or not isinstance(perpage, int) or perpage < 1:
        raise PageSizeError(f"perpage must be a whole number of at least 1, not {perpage!r}")
    return perpage


class Paging(Generic[_T]):
    """Which page to ask for next and what of each answer to hand out, with no I/O.

    ``page`` is the next page to request (``None`` once done). ``feed`` takes the answer to that page as
    ``(section, items)`` pairs in the server's order and returns the ``(section, item)`` pairs to yield. A page
    with fewer items than ``perpage`` is the last one; a full page means one more request (which comes back empty
    when the last page was exactly full). A page with more items than asked for means the server ignored the
    paging: what it sent is everything.

    With ``key`` (``need``), items of the ``progress``/``queued`` sections are remembered by key and left out of
    ``rest`` on later pages, as are ``rest`` items already handed out on a page that had jobs (the page where the
    jobs end restarts ``rest`` from the beginning). A job entry with an empty key is a queued file that left the
    global list; Syncthing sends it as an empty record, and it is not handed out. The memory this takes is the names
    of the jobs plus one page.
    """

    __slots__ = ("_handed_out", "_jobs", "_key", "_previous", "page", "perpage")

    def __init__(self, perpage: int, *, key: Callable[[_T], str] | None = None) -> None:
        self.perpage = check_perpage(perpage)
        self.page: int | None = 1
        self._key = key
        self._jobs: set[str] = set()
        self._handed_out: set[str] = set()  # rest items of pages that also had jobs
        self._previous: list[tuple[str, list[_T]]] = []  # the last full page, to notice a server repeating it

    @property
    def done(self) -> bool:
        return self.page is None

    def feed(
        self, sections: Sequence[tuple[str, Sequence[_T] | None]], *, answered_page: int | None = None
    ) -> list[tuple[str, _T]]:
        """The items of the answer to ``page`` to hand out; moves on to the next page or ends.

        ``answered_page`` is the page the answer says it is; another than the one asked for raises ``PagingError``,
        as does a full page equal to the one before, section by section. Syncthing never answers that: its ``need``
        pages repeat files where its jobs end, but in another section (queued on one page, rest on the next). A page
        with an empty job record is not compared: such a record (a queued file that left the global list) shifts
        Syncthing's paging, and the next page may be the same one again.
        """
        if self.page is None:
            raise RuntimeError("paging is over: no page was asked for")
        if answered_page is not None and answered_page != self.page:
            raise PagingError(
                f"asked for page {self.page}, the server answered page {answered_page}: it does not page; stopped"
            )
        key = self._key
        out: list[tuple[str, _T]] = []
        count = 0  # entries in the answer, empty job records included: fewer than perpage ends the paging
        empty = 0
        if key is None:
            for section, items in sections:
                out.extend((section, item) for item in items or ())
            count = len(out)
        else:
            had_jobs = False
            for section, items in sections:
                for item in items or ():
                    count += 1
                    name = key(item)
                    if section in _JOBS:
                        had_jobs = True
                        if not name:  # a job Syncthing no longer finds in the global list: an empty record
                            empty += 1
                            continue
                        if name in self._jobs:
                            continue
                        self._jobs.add(name)
                    else:
                        if name in self._jobs or name in self._handed_out:
                            continue
                        if had_jobs:
                            self._handed_out.add(name)
                    out.append((section, item))
        full = count >= self.perpage and count - empty <= self.perpage
        if full and not empty:
            answer = [(section, list(group or ())) for section, group in sections]
            if answer == self._previous:
                raise PagingError(f"page {self.page} repeats page {self.page - 1}: the server does not page; stopped")
            self._previous = answer
        else:
            self._previous = []
        self.page = self.page + 1 if full else None
        return out


# What a fetch answers: the page number the answer gives, and its sections in order.
_Answer = tuple[int, Sequence[tuple[str, Sequence[_T] | None]]]


def iterate(paging: Paging[_T], fetch: Callable[[int, int], _Answer[_T]]) -> Iterator[tuple[str, _T]]:
    """Ask ``fetch(page, perpage)`` for one page after another, as the caller gets there."""
    while paging.page is not None:
        answered_page, sections = fetch(paging.page, paging.perpage)
        yield from paging.feed(sections, answered_page=answered_page)


async def aiterate(
    paging: Paging[_T], fetch: Callable[[int, int], Awaitable[_Answer[_T]]]
) -> AsyncIterator[tuple[str, _T]]:
    """``iterate`` for an async ``fetch``."""
    while paging.page is not None:
        answered_page, sections = await fetch(paging.page, paging.perpage)
        for entry in paging.feed(sections, answered_page=answered_page):
            yield entry


# --- The namespaces ---------------------------------------------------------------------------------------------


def _listed(items: Sequence[_T] | Unset | None) -> Sequence[_T] | None:
    return None if isinstance(items, Unset) else items


def _need_sections(answer: NeedPage) -> list[tuple[str, Sequence[FileInfo] | None]]:
    return [("progress", _listed(answer.progress)), ("queued", _listed(answer.queued)), ("rest", _listed(answer.rest))]


def _file_name(file: FileInfo) -> str:
    return file.name


def _need_entries(entries: Iterator[tuple[str, FileInfo]]) -> Iterator[NeedEntry]:
    for section, file in entries:
        yield NeedEntry(cast(NeedSection, section), file)


async def _aneed_entries(entries: AsyncIterator[tuple[str, FileInfo]]) -> AsyncIterator[NeedEntry]:
    async for section, file in entries:
        yield NeedEntry(cast(NeedSection, section), file)


def _items(entries: Iterator[tuple[str, _T]]) -> Iterator[_T]:
    for _, item in entries:
        yield item


async def _aitems(entries: AsyncIterator[tuple[str, _T]]) -> AsyncIterator[_T]:
    async for _, item in entries:
        yield item


class PagedDbApi(DbApi):
    """``st.db``: the generated operations under ``/rest/db/``, plus lazy iteration over the paginated ones.

    Each ``iter_*`` checks ``perpage`` when called (``PageSizeError``), then asks for one page at a time as the
    loop gets there; an unknown folder raises ``NotFoundError`` at the first page.
    """

    __slots__ = ()

    def iter_need(self, folder: str, *, perpage: int = DEFAULT_PERPAGE) -> Iterator[NeedEntry]:
        """Every file ``folder`` needs, as ``NeedEntry(section, file)``: being pulled, queued, then the rest.

        Pages through ``GET /rest/db/need``; a file is handed out once even where Syncthing's pages repeat it.
        """
        paging: Paging[FileInfo] = Paging(perpage, key=_file_name)

        def fetch(page: int, size: int) -> _Answer[FileInfo]:
            answer = self.need(folder=folder, page=page, perpage=size)
            return answer.page, _need_sections(answer)

        return _need_entries(iterate(paging, fetch))

    def iter_remoteneed(self, folder: str, device: str, *, perpage: int = DEFAULT_PERPAGE) -> Iterator[FileInfo]:
        """Every file of ``folder`` that ``device`` needs, paging through ``GET /rest/db/remoteneed``."""
        paging: Paging[FileInfo] = Paging(perpage)

        def fetch(page: int, size: int) -> _Answer[FileInfo]:
            answer = self.remoteneed(folder=folder, device=device, page=page, perpage=size)
            return answer.page, [("files", _listed(answer.files))]

        return _items(iterate(paging, fetch))

    def iter_localchanged(self, folder: str, *, perpage: int = DEFAULT_PERPAGE) -> Iterator[FileInfo]:
        """Every locally changed file of receive-only ``folder``, paging through ``GET /rest/db/localchanged``."""
        paging: Paging[FileInfo] = Paging(perpage)

        def fetch(page: int, size: int) -> _Answer[FileInfo]:
            answer = self.localchanged(folder=folder, page=page, perpage=size)
            return answer.page, [("files", _listed(answer.files))]

        return _items(iterate(paging, fetch))


class AsyncPagedDbApi(AsyncDbApi):
    """``ast.db``: as ``PagedDbApi``, with ``async for``."""

    __slots__ = ()

    def iter_need(self, folder: str, *, perpage: int = DEFAULT_PERPAGE) -> AsyncIterator[NeedEntry]:
        """Every file ``folder`` needs, as ``NeedEntry(section, file)``: being pulled, queued, then the rest."""
        paging: Paging[FileInfo] = Paging(perpage, key=_file_name)

        async def fetch(page: int, size: int) -> _Answer[FileInfo]:
            answer = await self.need(folder=folder, page=page, perpage=size)
            return answer.page, _need_sections(answer)

        return _aneed_entries(aiterate(paging, fetch))

    def iter_remoteneed(self, folder: str, device: str, *, perpage: int = DEFAULT_PERPAGE) -> AsyncIterator[FileInfo]:
        """Every file of ``folder`` that ``device`` needs, paging through ``GET /rest/db/remoteneed``."""
        paging: Paging[FileInfo] = Paging(perpage)

        async def fetch(page: int, size: int) -> _Answer[FileInfo]:
            answer = await self.remoteneed(folder=folder, device=device, page=page, perpage=size)
            return answer.page, [("files", _listed(answer.files))]

        return _aitems(aiterate(paging, fetch))

    def iter_localchanged(self, folder: str, *, perpage: int = DEFAULT_PERPAGE) -> AsyncIterator[FileInfo]:
        """Every locally changed file of receive-only ``folder``, paging through ``GET /rest/db/localchanged``."""
        paging: Paging[FileInfo] = Paging(perpage)

        async def fetch(page: int, size: int) -> _Answer[FileInfo]:
            answer = await self.localchanged(folder=folder, page=page, perpage=size)
            return answer.page, [("files", _listed(answer.files))]

        return _aitems(aiterate(paging, fetch))


class PagedFolderApi(FolderApi):
    """``st.folder``: the generated operations under ``/rest/folder/``, plus ``iter_errors``."""

    __slots__ = ()

    def iter_errors(self, folder: str, *, perpage: int = DEFAULT_PERPAGE) -> Iterator[FolderError]:
        """Every error of ``folder``'s last pull (one per failed file), paging through ``GET /rest/folder/errors``."""
        paging: Paging[FolderError] = Paging(perpage)

        def fetch(page: int, size: int) -> _Answer[FolderError]:
            answer = self.errors(folder=folder, page=page, perpage=size)
            return answer.page, [("errors", _listed(answer.errors))]

        return _items(iterate(paging, fetch))


class AsyncPagedFolderApi(AsyncFolderApi):
    """``ast.folder``: as ``PagedFolderApi``, with ``async for``."""

    __slots__ = ()

    def iter_errors(self, folder: str, *, perpage: int = DEFAULT_PERPAGE) -> AsyncIterator[FolderError]:
        """Every error of ``folder``'s last pull (one per failed file), paging through ``GET /rest/folder/errors``."""
        paging: Paging[FolderError] = Paging(perpage)

        async def fetch(page: int, size: int) -> _Answer[FolderError]:
            answer = await self.errors(folder=folder, page=page, perpage=size)
            return answer.page, [("errors", _listed(answer.errors))]

        return _aitems(aiterate(paging, fetch))
