import os

import uvicorn

from reports.app import create_app

if __name__ == "__main__":
    uvicorn.run(
        create_app(),
        host="0.0.0.0",
        port=int(os.environ.get("PORT", "8080")),
        timeout_keep_alive=30,
        limit_max_requests=10_000,
    )
