"""WAGTAIL_FINISH_WORKFLOW_ACTION, kept apart because Wagtail imports it while its own
models are still loading: the publishing code is imported on first use."""


def publish_workflow_state(workflow_state, user=None):
    """When a workflow completes, the page goes live together with its ready translations."""
    from .publication import publish_with_translations

    publish_with_translations(workflow_state.content_object, user=user)
