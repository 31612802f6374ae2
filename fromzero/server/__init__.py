"""The HTTP server: FastAPI app, settings and thin routes."""
