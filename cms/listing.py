"""What filtered lists (project catalogue, news) share: the option a visitor can tick,
and which values from an address may reach the database at all."""

import re
from dataclasses import dataclass

# Option keys are slugs, codes, years and UUIDs: letters, digits, "-" and "_". Anything
# else in an address (a NUL byte PostgreSQL refuses, 2,000 characters) is no option.
KEY = re.compile(r"[-\w]{1,100}")


def option_keys(values):
    """The values of a query-string parameter that could be option keys."""
    return {value for value in values if KEY.fullmatch(value)}


@dataclass
class Option:
    """One filter value, with how many results it would give and whether it is chosen."""

    key: str
    name: str
    count: int = 0
    selected: bool = False
