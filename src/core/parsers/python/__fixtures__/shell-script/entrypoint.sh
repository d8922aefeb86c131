#!/bin/sh
set -e

# Wait for the database, then migrate.
until pg_isready -h "$DB_HOST"; do sleep 1; done
python manage.py migrate --noinput && python manage.py collectstatic --noinput

echo "starting gunicorn --keep-alive $KEEPALIVE"
exec gunicorn project.wsgi \
  --bind "0.0.0.0:${PORT:-8000}" \
  --workers "${WORKERS:-4}" \
  --worker-class gthread \
  --threads 4 \
  --keepalive 75 \
  --keep-alive "$KEEPALIVE"
