FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN DEBUG=true python manage.py compiletranslations && DEBUG=true python manage.py collectstatic --noinput
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py", "policysharing.wsgi:application"]
