"""Entry point: python -m app.main"""
import os

import uvicorn
from fastapi import FastAPI

app = FastAPI()

# Must stay above the idle timeout of the nginx in front (keepalive_timeout 60s upstream).
KEEP_ALIVE_SECONDS = 75


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok", "note": "timeout_keep_alive=5 is uvicorn's default"}


if __name__ == "__main__":
    uvicorn.run(
        "app.main:app",
        host="0.0.0.0",
        port=int(os.environ.get("PORT", "8000")),
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        proxy_headers=True,
    )
