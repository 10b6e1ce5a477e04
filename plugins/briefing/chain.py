"""An ordered chain of named rules, held as data (after markdown-it-py's Ruler).

A site reorders or disables rules by name; an unknown name is an error, never ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

R = TypeVar("R", bound=Callable)


@dataclass(slots=True)
class _Entry(Generic[R]):
    name: str
    rule: R
    enabled: bool = True


class Chain(Generic[R]):
    """Named rules in order.

    >>> chain = Chain([("a", len), ("b", str)])
    >>> chain.disable(["a"]); chain.names()
    ['b']
    >>> chain.after("b", "c", repr); chain.names(all_rules=True)
    ['a', 'b', 'c']
    """

    def __init__(self, rules: Iterable[tuple[str, R]] = ()):
        self._entries: list[_Entry[R]] = []
        for name, rule in rules:
            self.push(name, rule)

    def _index(self, name: str) -> int:
        for i, entry in enumerate(self._entries):
            if entry.name == name:
                return i
        raise KeyError(f"unknown rule {name!r}; known rules: {', '.join(self.names(all_rules=True))}")

    def _check_new(self, name: str) -> None:
        if any(e.name == name for e in self._entries):
            raise ValueError(f"rule {name!r} is already in the chain")

    def push(self, name: str, rule: R) -> None:
        self._check_new(name)
        self._entries.append(_Entry(name, rule))

    def before(self, anchor: str, name: str, rule: R) -> None:
        self._check_new(name)
        self._entries.insert(self._index(anchor), _Entry(name, rule))

    def after(self, anchor: str, name: str, rule: R) -> None:
        self._check_new(name)
        self._entries.insert(self._index(anchor) + 1, _Entry(name, rule))

    def enable(self, names: Iterable[str]) -> None:
        for name in names:
            self._entries[self._index(name)].enabled = True

    def disable(self, names: Iterable[str]) -> None:
        for name in names:
            self._entries[self._index(name)].enabled = False

    def reorder(self, names: Iterable[str]) -> None:
        """Put the named rules first, in this order; the others keep their order after them."""
        names = list(names)
        picked = [self._entries[self._index(n)] for n in names]
        rest = [e for e in self._entries if e.name not in names]
        self._entries = picked + rest

    def names(self, all_rules: bool = False) -> list[str]:
        return [e.name for e in self._entries if all_rules or e.enabled]

    def rules(self) -> list[tuple[str, R]]:
        """The enabled rules, in order."""
        return [(e.name, e.rule) for e in self._entries if e.enabled]

    def copy(self) -> Chain[R]:
        new: Chain[R] = Chain()
        new._entries = [_Entry(e.name, e.rule, e.enabled) for e in self._entries]
        return new
