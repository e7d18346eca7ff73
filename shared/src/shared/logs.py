"""structlog setup: JSON lines when not on a terminal, with the correlation and trace ids on every line."""

import logging
import sys

import structlog

# Libraries that install their own handlers (FastStream's colour-coded stream) or chatter at INFO.
_OWN_HANDLERS = ("faststream", "faststream.access", "uvicorn", "uvicorn.error", "alembic")
_NOISY = ("aiokafka", "kafka")


def configure_logging(service: str, json: bool | None = None, level: str = "INFO") -> None:
    """Route stdlib and structlog records through one renderer; JSON unless stdout is a terminal."""
    use_json = (not sys.stdout.isatty()) if json is None else json
    shared_processors: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        # A library's `extra` (FastStream's topic, group and message id) becomes fields of the line.
        structlog.stdlib.ExtraAdder(),
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.StackInfoRenderer(),
        _ids,
    ]
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer() if use_json else structlog.dev.ConsoleRenderer()
    )
    structlog.configure(
        processors=[
            *shared_processors,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared_processors,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info if use_json else _identity,
            _add_service(service),
            renderer,
        ],
    )
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(formatter)
    # A library may lower its own logger's level (FastStream does, to its message log level): the handler
    # still drops what is below the configured level.
    handler.setLevel(level.upper())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in _OWN_HANDLERS:
        own = logging.getLogger(name)
        own.handlers[:] = []
        own.propagate = True
    # shared.web's access line (method, path, status, duration, request id) replaces uvicorn's plain one.
    uvicorn_access = logging.getLogger("uvicorn.access")
    uvicorn_access.handlers[:] = []
    uvicorn_access.propagate = False
    for noisy in _NOISY:
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _ids(_: object, __: str, event_dict: structlog.types.EventDict) -> structlog.types.EventDict:
    """Every line has both ids, empty outside a request or message (trace_id is filled once tracing binds it)."""
    event_dict.pop("color_message", None)  # uvicorn's copy of the message with terminal colour codes
    event_dict.setdefault("correlation_id", "")
    event_dict.setdefault("trace_id", "")
    return event_dict


def _add_service(service: str) -> structlog.types.Processor:
    def processor(_: object, __: str, event_dict: structlog.types.EventDict) -> structlog.types.EventDict:
        event_dict.setdefault("service", service)
        return event_dict

    return processor


def _identity(_: object, __: str, event_dict: structlog.types.EventDict) -> structlog.types.EventDict:
    return event_dict


def get_logger(name: str | None = None) -> structlog.stdlib.BoundLogger:
    """A structlog logger; configure_logging decides how it renders."""
    return structlog.stdlib.get_logger(name)
