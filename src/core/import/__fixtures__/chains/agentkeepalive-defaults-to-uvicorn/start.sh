#!/bin/sh
set -e
alembic upgrade head
exec uvicorn users.main:app --host 0.0.0.0 --port 8000 --workers 2 --timeout-keep-alive 30
