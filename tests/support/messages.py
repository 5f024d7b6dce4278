"""The one shape of every message staff meet, checked: ``<where> <Vietnamese> (EN: <English>)``.

Tests spell the expected phrases literally; :func:`halves` only cuts a message into its Vietnamese and
English parts (and fails the test when the shape is wrong), so a test can say which phrase belongs to
which language.
"""

from __future__ import annotations

# Letters only Vietnamese writes: a Vietnamese half must hold at least one.
VIETNAMESE_LETTERS = "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđăâêôơưàáèéìíòóùúýãẽĩõũỹ"


def halves(message: str, where: str = "") -> tuple[str, str]:
    """``(Vietnamese, English)`` of ``message``, which must start with ``where`` and read
    ``<where> <Vietnamese> (EN: <English>)`` - Vietnamese first, written in Vietnamese."""
    assert message.startswith(where), f"does not start with {where!r}: {message}"
    body = message[len(where) :].strip()
    vietnamese, sep, english = body.partition(" (EN: ")
    assert sep and english.endswith(")"), f"not `<Vietnamese> (EN: <English>)`: {message}"
    assert any(letter in vietnamese.lower() for letter in VIETNAMESE_LETTERS), f"no Vietnamese first: {message}"
    assert "(EN: " not in english, f"English twice: {message}"
    return vietnamese, english[:-1]
