"""Home app models: the home and content pages (pages.py), the accessibility statement
(accessibility.py) and the site identity setting (identity.py), re-exported so
``from home.models import ...`` keeps working."""

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
from .identity import ProgrammeLogo, SiteIdentity, validate_logo_svg
from .pages import ContentPage, HomePage

__all__ = [
    "NATIONAL_ENFORCEMENT_URLS",
    "NATIONAL_STATUS_WORDING",
    "AccessibilityStatementPage",
    "ComplianceStatus",
    "ContentPage",
    "HomePage",
    "NonAccessibleItemBlock",
    "ProgrammeLogo",
    "SiteIdentity",
    "forget_statement_links",
    "one_year_before",
    "statement_link",
    "status_wording",
    "validate_logo_svg",
]
