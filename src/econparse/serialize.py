"""Lossless conversion between econparse's attrs classes and JSON-ready data.

One rule per Python type, used in both directions and for the JSON Schema:

==============================  ==========================================
Python                          JSON
==============================  ==========================================
``str``, ``int``, ``bool``      the same
``None``                        ``null``
:class:`decimal.Decimal`        a string (``"375000000000"``): never a float
:class:`datetime.date`          ISO 8601 (``"2019-01-27"``); a datetime keeps its time
:class:`datetime.datetime`      an ISO 8601 string with time
:class:`enum.Enum`              the member's value
``tuple[X, ...]``               an array
an attrs class (``Span`` too)   an object with one key per field
==============================  ==========================================

:func:`unstructure` goes from objects to data, :func:`structure` back, and
:func:`json_schema` describes the data, so the three cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, TypeVar, cast

import attrs

T = TypeVar("T")

JSONValue = None | bool | int | float | str | list["JSONValue"] | dict[str, "JSONValue"]


def unstructure(value: object) -> JSONValue:
    """Turn an econparse object (or a value of one of its fields) into JSON-ready data."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return cast(JSONValue, value.value)
    if isinstance(value, tuple | list):
        return [unstructure(item) for item in value]
    cls = type(value)
    if attrs.has(cls):
        return {field.name: unstructure(getattr(value, field.name)) for field in attrs.fields(cls)}
    raise TypeError(f"cannot serialise a {type(value).__name__}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _fail(data: object, expected: str, path: str) -> typing.NoReturn:
    raise ValueError(f"{path or 'value'}: expected {expected}, got {data!r}")


def structure(data: object, cls: type[T], path: str = "") -> T:
    """Build an instance of ``cls`` from data made by :func:`unstructure`.

    Raises :class:`ValueError` naming the offending path when the data do not
    fit the type.
    """
    return cast(T, _structure(data, cls, path))


def _structure(data: object, tp: Any, path: str) -> object:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        options = typing.get_args(tp)
        if data is None:
            if type(None) in options:
                return None
            _fail(data, str(tp), path)
        non_none = [opt for opt in options if opt is not type(None)]
        if len(non_none) != 1:
            raise TypeError(f"{path}: unions of several types are not supported ({tp})")
        return _structure(data, non_none[0], path)
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(data, list | tuple):
            _fail(data, "an array", path)
        return tuple(_structure(item, args[0], f"{path}[{i}]") for i, item in enumerate(data))
    if tp is Decimal:
        if not isinstance(data, str):
            _fail(data, "a decimal number as a string", path)
        try:
            return Decimal(data)
        except InvalidOperation:
            _fail(data, "a decimal number as a string", path)
    if tp is dt.datetime:
        if not isinstance(data, str):
            _fail(data, "an ISO 8601 date-time string", path)
        return dt.datetime.fromisoformat(data)
    if tp is dt.date:
        # a ``date`` field may hold a ``datetime`` (a time expression's bounds):
        # the ISO string says which, by its "T"
        if not isinstance(data, str):
            _fail(data, "an ISO 8601 date string", path)
        try:
            return (dt.datetime if "T" in data else dt.date).fromisoformat(data)
        except ValueError:
            _fail(data, "an ISO 8601 date string", path)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(data)
        except ValueError:
            _fail(data, f"one of {[m.value for m in tp]}", path)
    if tp is bool or tp is int or tp is str:
        if type(data) is not tp:
            _fail(data, tp.__name__, path)
        return data
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(data, Mapping):
            _fail(data, f"an object for {tp.__name__}", path)
        hints = _hints(tp)
        kwargs: dict[str, object] = {}
        for field in attrs.fields(tp):
            if field.name in data:
                kwargs[field.name] = _structure(
                    data[field.name], hints[field.name], f"{path}.{field.name}"
                )
            elif field.default is attrs.NOTHING:
                _fail(data, f"a {field.name!r} key", path)
        unknown = set(data) - {field.name for field in attrs.fields(tp)}
        if unknown:
            _fail(sorted(unknown), f"only the fields of {tp.__name__}", path)
        return tp(**kwargs)
    raise TypeError(f"{path}: cannot structure type {tp!r}")


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what :func:`unstructure` makes of ``cls``."""
    if not attrs.has(cls):
        raise TypeError(f"json_schema needs an attrs class, not {cls!r}")
    defs: dict[str, Any] = {}
    _schema(cls, defs)
    root = defs.pop(cls.__name__)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": cls.__name__,
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        options = [opt for opt in typing.get_args(tp) if opt is not type(None)]
        return {"anyOf": [*(_schema(opt, defs) for opt in options), {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _schema(typing.get_args(tp)[0], defs)}
    if tp is Decimal:
        return {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?(E[+-]?[0-9]+)?$"}
    if tp is dt.datetime:
        return {"type": "string", "format": "date-time"}
    if tp is dt.date:
        return {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:.+-]+)?$"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    simple = {bool: "boolean", int: "integer", str: "string"}
    if tp in simple:
        return {"type": simple[tp]}
    if isinstance(tp, type) and attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder first: recursive types terminate
            hints = _hints(tp)
            fields = attrs.fields(tp)
            defs[name] = {
                "type": "object",
                "description": (tp.__doc__ or "").strip().split("\n\n")[0],
                "properties": {field.name: _schema(hints[field.name], defs) for field in fields},
                "required": [field.name for field in fields if field.default is attrs.NOTHING],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema rule for {tp!r}")
