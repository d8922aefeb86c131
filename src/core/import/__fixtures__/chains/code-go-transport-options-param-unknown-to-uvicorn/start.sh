#!/bin/sh
# pricing service entrypoint
set -eu
python -m pricing.migrate
exec uvicorn pricing.app:app \
  --host 0.0.0.0 \
  --port 8000 \
  --workers 4 \
  --timeout-keep-alive 20
