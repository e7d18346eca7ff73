"""A job's chunks are keyed over lanes, so contacts applies several at once; cars-only jobs keep one key."""

import uuid

from importer.config import Settings
from importer.service_layer.sending import lane


def test_chunks_of_a_job_spread_over_its_lanes_and_repeat_them():
    settings = Settings(chunk_lanes=4)
    job = {"id": uuid.uuid4(), "mode": "create"}
    keys = [lane(job, n, settings) for n in range(8)]
    assert len(set(keys[:4])) == 4
    assert keys[4:] == keys[:4]
    other = {"id": uuid.uuid4(), "mode": "create"}
    assert not set(keys) & {lane(other, n, settings) for n in range(4)}


def test_a_cars_only_job_and_a_single_lane_keep_the_job_key():
    job = {"id": uuid.uuid4(), "mode": "cars"}
    assert {lane(job, n, Settings(chunk_lanes=4)) for n in range(6)} == {job["id"]}
    single = {"id": uuid.uuid4(), "mode": "upsert"}
    assert {lane(single, n, Settings(chunk_lanes=1)) for n in range(6)} == {single["id"]}
