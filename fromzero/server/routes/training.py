"""Training jobs and the draw-a-digit model: thin routes over fromzero.training.

POST /api/train                  start a job from a preset -> {job_id, settings, events_url}
GET  /api/train/presets          presets with defaults, ranges and reference curves
GET  /api/train/{job_id}         where a job stands
GET  /api/train/{job_id}/events  its events as Server-Sent Events (replayed from the start)
POST /api/train/{job_id}/cancel  stop it; the stream ends with done/cancelled
POST /api/predict/mnist          28 x 28 numbers -> the steps and ten probabilities
POST /api/predict/mnist-cnn      28 x 28 numbers -> the CNN's feature maps and ten probabilities
POST /api/generate/char-gpt      a prompt and sampling settings -> the shipped char-gpt's text
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from fromzero.training.jobs import Job, JobManager, QueueFull
from fromzero.training.presets import PresetError, describe_presets, validate
from fromzero.training.settings import training_settings

router = APIRouter(prefix="/api", tags=["training"])
_manager_lock = threading.Lock()


def get_jobs(request: Request) -> JobManager:
    """The app's job manager, made on first use with the app's settings."""
    state = request.app.state
    with _manager_lock:
        if getattr(state, "training_jobs", None) is None:
            settings = training_settings(getattr(state, "settings", None))
            state.training_jobs = JobManager(settings.max_jobs, settings.max_queued,
                                             settings.max_seconds)
    return state.training_jobs


JobsDep = Annotated[JobManager, Depends(get_jobs)]


class TrainBody(BaseModel):
    preset: str = Field(description="one of GET /api/train/presets, e.g. 'mnist-mlp'")
    hyperparameters: dict[str, Any] = Field(
        default_factory=dict, description="settings to change from the preset's defaults")


class TrainStarted(BaseModel):
    job_id: str
    preset: str
    settings: dict[str, Any]
    state: str
    events_url: str
    cancel_url: str


class JobInfo(BaseModel):
    job_id: str
    preset: str
    settings: dict[str, Any]
    state: str
    status: str | None
    events: int


class PixelsBody(BaseModel):
    pixels: list[list[float]] = Field(description="28 rows of 28 numbers, 0 black to 255 white")


class GenerateBody(BaseModel):
    prompt: str = Field(description="at most 200 characters, each in the model's vocabulary")
    max_new_tokens: int = Field(100, description="how many characters to add, 1 to 300")
    temperature: float = Field(0.8, description="0 to 2; 0 means greedy (always the likeliest)")
    top_k: int = Field(0, description="keep only the k likeliest characters; 0 means off")
    top_p: float = Field(1.0, description="keep the likeliest characters whose chances add up "
                                          "to at least p, more than 0 and at most 1; 1 means off")
    seed: int = Field(0, description="the same seed and settings give the same text")


def _job_or_404(jobs: JobManager, job_id: str) -> Job:
    job = jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"There is no training job '{job_id}'. It may have finished "
                                 "long ago and been forgotten; start a new one.")
    return job


def _info(job: Job) -> dict[str, Any]:
    return {"job_id": job.id, "preset": job.preset, "settings": job.settings,
            "state": job.state, "status": job.status, "events": len(job.events)}


@router.get("/train/presets")
def presets() -> dict[str, Any]:
    from fromzero.training.recipes import RECIPES, shipped_metrics
    from fromzero.training.reference import reference_curves

    curves = reference_curves()
    out = []
    for entry in describe_presets():
        name = entry["name"]
        recipe = RECIPES.get(name)
        metrics = shipped_metrics(name) if recipe is not None else None
        shipped = {"recipe": name, "metrics": metrics} if metrics else None
        out.append({**entry, "reference": curves.get(name), "shipped": shipped})
    return {"presets": out}


@router.post("/train", status_code=202, response_model=TrainStarted,
             responses={422: {"description": "unknown preset or a setting out of range"},
                        429: {"description": "too many jobs waiting"}})
def start_training(body: TrainBody, jobs: JobsDep) -> Any:
    try:
        params = validate(body.preset, body.hyperparameters)
    except PresetError as err:
        field = "preset" if err.field == "preset" else f"hyperparameters.{err.field}"
        return JSONResponse(status_code=422, content={
            "detail": err.message, "field": field, "allowed": err.allowed})
    try:
        job = jobs.submit(body.preset, params.model_dump())
    except QueueFull as full:
        raise HTTPException(429, str(full)) from None
    return {"job_id": job.id, "preset": job.preset, "settings": job.settings,
            "state": job.state, "events_url": f"/api/train/{job.id}/events",
            "cancel_url": f"/api/train/{job.id}/cancel"}


@router.get("/train/{job_id}", response_model=JobInfo)
def job_info(job_id: str, jobs: JobsDep) -> dict[str, Any]:
    return _info(_job_or_404(jobs, job_id))


def _sse(job: Job, after: int) -> Iterator[str]:
    for event in job.stream(after):
        if event is None:
            yield ": still training\n\n"  # a comment keeps proxies from closing the stream
            continue
        data = {k: v for k, v in event.items() if k != "kind"}
        yield f"id: {event['seq']}\nevent: {event['kind']}\ndata: {json.dumps(data)}\n\n"


@router.get("/train/{job_id}/events", response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}}}})
def job_events(job_id: str, jobs: JobsDep, request: Request,
               after: Annotated[int, Query(ge=-1, description="replay events after this seq")]
               = -1) -> StreamingResponse:
    job = _job_or_404(jobs, job_id)
    last = request.headers.get("last-event-id")
    if last is not None and last.isdigit():
        after = max(after, int(last))  # EventSource resumes where it stopped
    return StreamingResponse(_sse(job, after), media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


@router.post("/train/{job_id}/cancel", response_model=JobInfo)
def cancel_training(job_id: str, jobs: JobsDep) -> dict[str, Any]:
    job = _job_or_404(jobs, job_id)
    jobs.cancel(job_id)
    return _info(job)


_PIXEL_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: {"description": "not a 28 x 28 grid 0..255"},
    503: {"description": "the model is not trained"},
}


def _predict(name: str, pixels: Any) -> Any:
    """Call fromzero.training.predict.<name> (imported on first use: it needs torch) on the grid.

    A bad grid is a 422 that names the field; a model that is not trained yet is a 503.
    """
    from fromzero.training import predict

    run = getattr(predict, name)
    try:
        return run(pixels)
    except predict.BadImage as bad:
        return JSONResponse(status_code=422, content={"detail": str(bad), "field": "pixels"})
    except FileNotFoundError as missing:
        raise HTTPException(503, str(missing)) from None


@router.post("/predict/mnist", responses=_PIXEL_RESPONSES)
def predict_mnist(body: PixelsBody) -> Any:
    return _predict("predict_digit", body.pixels)


@router.post("/predict/mnist-cnn", responses=_PIXEL_RESPONSES)
def predict_mnist_cnn(body: PixelsBody) -> Any:
    """The shipped MNIST CNN's feature maps, dense values and ten probabilities."""
    return _predict("predict_cnn", body.pixels)


@router.post("/generate/char-gpt",
             responses={422: {"description": "a character the model does not know, or a "
                                             "setting out of range"},
                        503: {"description": "the model is not trained"}})
def generate_char_gpt(body: GenerateBody) -> Any:
    """Continue a prompt with the shipped character GPT, with the learner's sampling settings."""
    from fromzero.training.generate import BadRequest, Settings, generate_text

    try:
        return generate_text(Settings(**body.model_dump()))
    except BadRequest as bad:
        return JSONResponse(status_code=422, content={"detail": bad.message, "field": bad.field})
    except FileNotFoundError as missing:
        raise HTTPException(503, str(missing)) from None
