"""Document files in an S3-compatible object store (AWS S3, MinIO, SeaweedFS), shared by every replica."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from aiobotocore.config import AioConfig
from aiobotocore.session import get_session
from botocore.exceptions import ClientError

from contacts.adapters.storage import LocalDiskStorage, check_key

if TYPE_CHECKING:
    from contacts.adapters.storage import DocumentStorage
    from contacts.config import Settings

_MISSING = {"404", "NoSuchKey", "NotFound"}
_OURS = {"BucketAlreadyOwnedByYou", "BucketAlreadyExists"}


class S3Storage:
    """One bucket; each key is one object. The client is opened on first use and closed with the service."""

    def __init__(
        self,
        bucket: str,
        *,
        endpoint_url: str | None = None,
        region: str = "us-east-1",
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        prefix: str = "",
        create_bucket: bool = False,
    ) -> None:
        self.bucket, self.prefix, self._create_bucket = bucket, prefix, create_bucket
        self._client_args: dict[str, Any] = {
            "endpoint_url": endpoint_url,
            "region_name": region,
            "aws_access_key_id": access_key_id,
            "aws_secret_access_key": secret_access_key,
            # Path-style addressing: MinIO and SeaweedFS serve buckets under the path, not a subdomain.
            "config": AioConfig(s3={"addressing_style": "path"}, retries={"max_attempts": 3, "mode": "standard"}),
        }
        self._stack = contextlib.AsyncExitStack()
        self._client: Any = None

    async def _s3(self) -> Any:
        if self._client is None:
            client = await self._stack.enter_async_context(get_session().create_client("s3", **self._client_args))
            if self._create_bucket:
                try:
                    await client.create_bucket(Bucket=self.bucket)
                except ClientError as exc:
                    if exc.response.get("Error", {}).get("Code") not in _OURS:
                        raise
            self._client = client
        return self._client

    def _key(self, key: str) -> str:
        check_key(key)
        return f"{self.prefix}{key[:2]}/{key}"

    async def put(self, key: str, data: bytes) -> None:
        """Store bytes under a key (an object PUT is atomic: readers see all of it or nothing)."""
        await (await self._s3()).put_object(Bucket=self.bucket, Key=self._key(key), Body=data)

    async def get(self, key: str) -> bytes:
        """The bytes of a key; FileNotFoundError when there is no such object (as on disk)."""
        try:
            response = await (await self._s3()).get_object(Bucket=self.bucket, Key=self._key(key))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in _MISSING:
                raise FileNotFoundError(key) from None
            raise
        async with response["Body"] as body:
            data: bytes = await body.read()
        return data

    async def delete(self, key: str) -> None:
        """Remove a key's object (missing is fine: S3 deletes are idempotent)."""
        await (await self._s3()).delete_object(Bucket=self.bucket, Key=self._key(key))

    async def close(self) -> None:
        """Close the client's connections."""
        await self._stack.aclose()
        self._client = None


def from_settings(settings: Settings) -> DocumentStorage:
    """The store the settings select: the local folder (embedded default) or an S3 bucket."""
    if settings.documents_backend == "disk":
        return LocalDiskStorage(settings.documents_dir)
    return S3Storage(
        settings.s3_bucket,
        endpoint_url=settings.s3_endpoint_url,
        region=settings.s3_region,
        access_key_id=settings.s3_access_key_id,
        secret_access_key=settings.s3_secret_access_key.get_secret_value() if settings.s3_secret_access_key else None,
        prefix=settings.s3_prefix,
        create_bucket=settings.s3_create_bucket,
    )
