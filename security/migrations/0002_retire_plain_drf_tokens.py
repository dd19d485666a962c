"""DRF's `authtoken` kept keys in clear text, readable in the admin (issue 9, finding 1): every such key must be
considered read by someone else. They are invalidated, not converted: the table is dropped and clients create a
new (hashed, expiring) key on the portal page "API access" or with `manage.py create_api_token`."""

from django.db import migrations


def drop_plain_tokens(apps, schema_editor):
    connection = schema_editor.connection
    if "authtoken_token" in connection.introspection.table_names():
        schema_editor.execute(schema_editor.sql_delete_table % {"table": schema_editor.quote_name("authtoken_token")})
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="authtoken").delete()  # and their permissions, by cascade
    schema_editor.execute("DELETE FROM django_migrations WHERE app = %s", ["authtoken"])


class Migration(migrations.Migration):
    dependencies = [
        ("security", "0001_api_tokens"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(drop_plain_tokens, migrations.RunPython.noop)]
