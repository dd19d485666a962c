from django.db import migrations

# Keys only: labels are translated at display time from policies.reference.
SECTOR_KEYS = [
    "urban_planning", "housing", "transportation", "urban_railway", "water", "environment",
    "smart_city", "safety", "welfare", "culture", "economy",
]
LANGUAGE_CODES = ["en", "ko", "es", "fr", "pt", "ru", "ar", "zh", "mn", "vi", "id", "th", "am", "hi"]


def create_reference_data(apps, schema_editor):
    Sector = apps.get_model("policies", "Sector")
    SDG = apps.get_model("policies", "SDG")
    Language = apps.get_model("policies", "Language")
    for order, key in enumerate(SECTOR_KEYS, start=1):
        Sector.objects.update_or_create(key=key, defaults={"order": order})
    for number in range(1, 18):
        SDG.objects.get_or_create(number=number)
    for code in LANGUAGE_CODES:
        Language.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("policies", "0001_initial")]

    operations = [migrations.RunPython(create_reference_data, migrations.RunPython.noop)]
