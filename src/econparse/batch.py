"""Many articles at once: :func:`parse_many` and :func:`parse_results`.

Both take an iterable of inputs and give one result per input, in input
order, while reading the input lazily: at most a bounded window of inputs
(``4 * workers * chunksize``) is in memory at any time, so an archive of
millions of articles streams through in constant memory.  With
``workers > 1`` the parsing runs in a pool of worker processes; the results
are the same as serial parsing, in the same order.

An input is one of

* a ``str``: the article text;
* a pair ``(text, published)``;
* a mapping with a ``"text"`` key and optionally ``"published"`` (or
  ``"date"``) and ``"id"``, such as a line of a JSONL archive.

A date the input gives (an ISO 8601 string, a :class:`datetime.date` or
``None``) wins over the ``published`` argument, which is the default for
inputs that give none.

An input that cannot be parsed does not stop the batch: it becomes a
:class:`Failed` result naming its index (0-based position in the input) and
id, unless the caller asks otherwise with ``on_error``.

>>> from econparse.batch import Failed, parse_many
>>> results = list(parse_many(["Profit hit $3bn.", b"bytes", ("Up 5%.", "2019-01-27")]))
>>> results[0].money[0].amount
Decimal('3000000000')
>>> isinstance(results[1], Failed), results[1].index, results[1].error
(True, 1, 'TypeError')
>>> results[2].published
datetime.date(2019, 1, 27)
"""

from __future__ import annotations

import datetime as dt
import signal
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from itertools import islice
from typing import TYPE_CHECKING, Literal, TypeAlias, TypeVar, overload

import attrs

from econparse.article import Article
from econparse.pipeline import parse

if TYPE_CHECKING:
    from concurrent.futures import Future

#: What one input may be: a text, a ``(text, published)`` pair or a mapping.
Item: TypeAlias = "str | tuple[str, dt.date | str | None] | Mapping[str, object] | Failed"
#: An input's id, as the input gives it (``None`` when it gives none).
ItemId: TypeAlias = str | int | None
#: What to do with an input that cannot be parsed.
OnError: TypeAlias = Literal["raise", "skip", "return"]

#: How many chunks per worker may be in flight before the oldest is awaited.
_WINDOW_PER_WORKER = 4
_ON_ERROR = ("raise", "skip", "return")

T = TypeVar("T")


@attrs.frozen
class Failed:
    """An input that could not be parsed, in place of its :class:`Article`.

    ``index`` is the input's 0-based position, ``id`` the id the input gave
    (a mapping's ``"id"``) or ``None``; ``error`` is the exception's class
    name (``"TypeError"``) and ``message`` its text.
    """

    index: int
    id: ItemId
    error: str
    message: str

    def __str__(self) -> str:
        named = f"input {self.index}" + ("" if self.id is None else f" (id {self.id!r})")
        return f"{named}: {self.error}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        """``{"type": ..., "message": ...}``, the error as the batch CLI writes it."""
        return {"type": self.error, "message": self.message}


@attrs.frozen
class Parsed:
    """A parsed input: its 0-based ``index``, its ``id`` (or ``None``) and its ``article``."""

    index: int
    id: ItemId
    article: Article


#: One result of :func:`parse_results`.
Result: TypeAlias = Parsed | Failed


class BatchError(Exception):
    """Raised by ``parse_many(..., on_error="raise")`` at the first input that fails.

    ``failure`` is the :class:`Failed` record of that input (the original
    exception may have been raised in a worker process, so only its class
    name and message are kept).
    """

    def __init__(self, failure: Failed) -> None:
        super().__init__(str(failure))
        self.failure = failure


class BatchWarning(UserWarning):
    """Issued by ``parse_many(..., on_error="skip")`` for each input it skips."""


@attrs.frozen
class _Job:
    index: int
    id: ItemId
    text: object
    published: object


def _job(index: int, item: object, published: dt.date | str | None) -> _Job | Failed:
    """Normalise one input; cheap, done in the calling process."""
    if isinstance(item, Failed):
        return attrs.evolve(item, index=index)
    if isinstance(item, str):
        return _Job(index, None, item, published)
    if isinstance(item, tuple | list) and len(item) == 2:
        text, date = item
        return _Job(index, None, text, published if date is None else date)
    if isinstance(item, Mapping):
        raw_id = item.get("id")
        item_id: ItemId = raw_id if raw_id is None or isinstance(raw_id, str | int) else str(raw_id)
        if "text" not in item:
            return Failed(index, item_id, "KeyError", "the input has no 'text'")
        date = item.get("published", item.get("date"))
        return _Job(index, item_id, item["text"], published if date is None else date)
    kind = type(item).__name__
    hint = " (decode bytes first)" if isinstance(item, bytes | bytearray) else ""
    return Failed(
        index,
        None,
        "TypeError",
        f"expected a str, a (text, published) pair or a mapping, not {kind}{hint}",
    )


def _parse_job(job: _Job | Failed, default_dollar: str) -> Result:
    if isinstance(job, Failed):
        return job
    try:
        article = parse(job.text, published=job.published, default_dollar=default_dollar)  # type: ignore[arg-type]
    except Exception as error:  # one bad input must not stop the batch
        return Failed(job.index, job.id, type(error).__name__, str(error))
    return Parsed(job.index, job.id, article)


def _identity(result: Result) -> Result:
    return result


def _run_chunk(
    chunk: list[_Job | Failed], then: Callable[[Result], T], default_dollar: str
) -> list[T]:
    """Parse one chunk in a worker process."""
    return [then(_parse_job(job, default_dollar)) for job in chunk]


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which shuts the pool down cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _check(workers: int | None, chunksize: int, on_error: str) -> int:
    count = 1 if workers is None else workers
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError(f"workers must be None or an int >= 1, not {workers!r}")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be an int >= 1, not {chunksize!r}")
    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {_ON_ERROR}, not {on_error!r}")
    return count


def _engine(
    items: Iterable[object],
    then: Callable[[Result], T],
    *,
    workers: int,
    chunksize: int,
    published: dt.date | str | None,
    default_dollar: str,
) -> Generator[T, None, None]:
    """Parse ``items`` and apply ``then`` to each result (in the worker), in input order.

    ``then`` must be a module-level function when ``workers > 1`` (it is
    pickled to the workers); it lets a caller serialise in the workers.
    """
    jobs = (_job(index, item, published) for index, item in enumerate(items))
    if workers == 1:
        for job in jobs:
            yield then(_parse_job(job, default_dollar))
        return
    # Imported here: the process pool machinery (multiprocessing) costs about
    # 20 ms at import, which a serial caller never needs.
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_sigint)
    window: deque[Future[list[T]]] = deque()
    try:
        while chunk := list(islice(jobs, chunksize)):
            window.append(pool.submit(_run_chunk, chunk, then, default_dollar))
            if len(window) >= _WINDOW_PER_WORKER * workers:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def parse_results(
    items: Iterable[Item],
    *,
    workers: int | None = None,
    chunksize: int = 32,
    published: dt.date | str | None = None,
    default_dollar: str = "USD",
) -> Iterator[Result]:
    """Parse every input, yielding a :class:`Parsed` or :class:`Failed` for each, in order.

    The detailed form of :func:`parse_many`: every result carries the
    input's index and id, so results can be joined back to their inputs.
    The arguments are those of :func:`parse_many`.
    """
    count = _check(workers, chunksize, "return")
    return _engine(
        items,
        _identity,
        workers=count,
        chunksize=chunksize,
        published=published,
        default_dollar=default_dollar,
    )


@overload
def parse_many(
    items: Iterable[Item],
    *,
    workers: int | None = ...,
    chunksize: int = ...,
    published: dt.date | str | None = ...,
    default_dollar: str = ...,
    on_error: Literal["raise", "skip"],
) -> Iterator[Article]: ...


@overload
def parse_many(
    items: Iterable[Item],
    *,
    workers: int | None = ...,
    chunksize: int = ...,
    published: dt.date | str | None = ...,
    default_dollar: str = ...,
    on_error: Literal["return"] = ...,
) -> Iterator[Article | Failed]: ...


def parse_many(
    items: Iterable[Item],
    *,
    workers: int | None = None,
    chunksize: int = 32,
    published: dt.date | str | None = None,
    default_dollar: str = "USD",
    on_error: OnError = "return",
) -> Iterator[Article] | Iterator[Article | Failed]:
    """Parse many articles, yielding one result per input in input order.

    :param items: texts, ``(text, published)`` pairs or mappings with
        ``"text"`` and optionally ``"published"``/``"date"`` and ``"id"``;
        read lazily, never all at once.
    :param workers: ``None`` or 1 parses in this process; ``n > 1`` uses a
        pool of ``n`` worker processes (on platforms that spawn processes,
        call it under ``if __name__ == "__main__":``).
    :param chunksize: inputs sent to a worker at a time; at most
        ``4 * workers`` chunks are in flight.
    :param published: the publication date of inputs that give none.
    :param default_dollar: as for :func:`econparse.parse`.
    :param on_error: for an input that cannot be parsed: ``"return"``
        (default) yields a :class:`Failed` in its place and goes on;
        ``"skip"`` leaves it out with a :class:`BatchWarning` naming it;
        ``"raise"`` raises :class:`BatchError` when the iteration reaches it,
        after every earlier result, and stops.
    :raises ValueError: at the call, for a bad ``workers``, ``chunksize`` or
        ``on_error``.
    """
    count = _check(workers, chunksize, on_error)
    results = _engine(
        items,
        _identity,
        workers=count,
        chunksize=chunksize,
        published=published,
        default_dollar=default_dollar,
    )
    return _articles(results, on_error)


def _articles(results: Iterator[Result], on_error: OnError) -> Iterator[Article | Failed]:
    for result in results:
        if isinstance(result, Parsed):
            yield result.article
        elif on_error == "return":
            yield result
        elif on_error == "skip":
            warnings.warn(f"skipped {result}", BatchWarning, stacklevel=2)
        else:
            raise BatchError(result)
