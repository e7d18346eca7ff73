"""contacts' typed request dependencies, on top of shared.deps."""

from typing import Annotated

from fastapi import Depends

from contacts.adapters.storage import DocumentStorage
from contacts.config import Settings
from shared.deps import from_container, settings_of

SettingsDep = Annotated[Settings, Depends(settings_of)]
DocumentsDep = Annotated[DocumentStorage, from_container("documents")]  # chosen by settings (bootstrap)
