"""What filtered lists (project catalogue, news) share: the option a visitor can tick."""

from dataclasses import dataclass


@dataclass
class Option:
    """One filter value, with how many results it would give and whether it is chosen."""

    key: str
    name: str
    count: int = 0
    selected: bool = False
