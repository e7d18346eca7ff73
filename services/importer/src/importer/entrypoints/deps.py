"""The importer's typed request dependencies, on top of shared.deps."""

from typing import Annotated

from fastapi import Depends

from importer.config import Settings
from importer.service_layer.runner import JobRunner
from shared.deps import from_container, settings_of

SettingsDep = Annotated[Settings, Depends(settings_of)]
RunnerDep = Annotated[JobRunner, from_container("runner")]
