"""notifications' typed request dependencies, on top of shared.deps."""

from typing import Annotated

from fastapi import Depends

from notifications.config import Settings
from notifications.service_layer.dispatcher import Dispatcher
from shared.deps import from_container, settings_of

SettingsDep = Annotated[Settings, Depends(settings_of)]
DispatcherDep = Annotated[Dispatcher, from_container("dispatcher")]
