"""Home app models: the home and content pages (pages.py) and the accessibility
statement (accessibility.py), re-exported so ``from home.models import ...`` keeps working."""

from .accessibility import (
    NATIONAL_ENFORCEMENT_URLS,
    NATIONAL_STATUS_WORDING,
    AccessibilityStatementPage,
    ComplianceStatus,
    NonAccessibleItemBlock,
    forget_statement_links,
    one_year_before,
    statement_link,
    status_wording,
)
from .pages import ContentPage, HomePage

__all__ = [
    "NATIONAL_ENFORCEMENT_URLS",
    "NATIONAL_STATUS_WORDING",
    "AccessibilityStatementPage",
    "ComplianceStatus",
    "ContentPage",
    "HomePage",
    "NonAccessibleItemBlock",
    "forget_statement_links",
    "one_year_before",
    "statement_link",
    "status_wording",
]
