"""The portal's typed request dependencies, on top of shared.deps."""

from typing import Annotated

from fastapi import Depends

from portal.config import Settings
from shared.deps import settings_of

SettingsDep = Annotated[Settings, Depends(settings_of)]
