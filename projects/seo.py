"""What search engines read about a plan or project (``structured_data`` of their pages)."""


def partner_organisation(partner):
    """A partner as schema.org's Organization, with its country."""
    return {
        "@type": "Organization",
        "name": partner.name,
        "url": partner.website,
        "address": {"@type": "PostalAddress", "addressCountry": partner.country},
    }


def project_data(page, facts, context, is_project, in_plan):
    """A plan or project as schema.org's Project (a kind of Organization): the programme is
    its funder, its partners are its members (with their role, on a project page), and a
    project's plan (``in_plan``) is its parent organisation."""
    parent, image = facts["parent"], facts["image"]
    partners = context.get("partners") or []
    if is_project:
        members = [
            {
                "@type": "OrganizationRole",
                "roleName": str(row["role"]),
                "member": partner_organisation(row["partner"]),
            }
            for row in partners
        ]
    else:
        members = [partner_organisation(partner) for partner in partners]
    return {
        "@type": "Project",
        "name": page.full_name or page.title,
        "alternateName": page.acronym,
        "description": facts["description"],
        "url": facts["url"],
        "image": image["url"] if image else None,
        "foundingDate": page.start_date.isoformat() if is_project else None,
        "dissolutionDate": page.end_date.isoformat() if is_project and page.end_date else None,
        "funder": facts["publisher"],
        "member": members,
        "parentOrganization": {
            "@type": "Project",
            "name": parent.title,
            "url": parent.get_full_url(facts["request"]),
        }
        if in_plan
        else None,
    }
