import uvicorn
from fastapi import FastAPI

from app.config import settings

app = FastAPI()

KEEP_ALIVE_S = 75

if __name__ == "__main__":
    # timeout_keep_alive=5 is uvicorn's default; the load balancer idles for 60 s
    uvicorn.run(
        "main:app",
        host="0.0.0.0",
        port=settings.port,
        timeout_keep_alive=settings.keep_alive_seconds,
    )
