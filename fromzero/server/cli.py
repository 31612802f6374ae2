"""`fromzero serve`: start the platform on this machine."""

from __future__ import annotations


def register(subparsers) -> None:
    serve = subparsers.add_parser("serve", help="serve the platform (default 127.0.0.1:8000)")
    serve.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=None, help="port (default 8000)")
    serve.add_argument("--accounts", action="store_true", default=None,
                       help="keep accounts and progress on the server (a class on one machine)")
    serve.set_defaults(func=_serve)


def _serve(args) -> int:
    import uvicorn

    from fromzero.server.app import create_app
    from fromzero.server.settings import get_settings

    settings = get_settings()
    if args.accounts:
        settings = settings.model_copy(update={"accounts": True})
    if settings.accounts:
        from fromzero.store.db import database_url, upgrade

        # Bring the tables up to date before the first request, not during it.
        upgrade(database_url(settings))
    host = args.host or settings.host
    port = args.port or settings.port
    print(f"From Zero is ready: open http://{host}:{port}/ in your browser. (Ctrl+C stops it.)",
          flush=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
    return 0
