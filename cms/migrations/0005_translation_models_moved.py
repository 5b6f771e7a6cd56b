"""The translation models now belong to the translations app (its migration 0001 takes
their tables and rows); here they only leave cms's state."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0004_search_configurations'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='BulkTranslationJob'),
                migrations.DeleteModel(name='TranslationRequest'),
                migrations.DeleteModel(name='TranslationsReadyTask'),
            ],
        ),
    ]
