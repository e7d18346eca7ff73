"""Developer CLI: make a local signing key, mint staff tokens, replay a DLQ."""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from shared.messaging import dlq


def _keys_dir() -> Path:
    data = os.environ.get("CRM_DATA_DIR") or str(Path.cwd() / ".data")
    return Path(data) / "keys"


def ensure_keys(directory: Path | None = None) -> tuple[Path, Path]:
    """Create the development RSA key pair if missing; returns (private, public) paths."""
    directory = directory or _keys_dir()
    directory.mkdir(parents=True, exist_ok=True)
    private, public = directory / "jwt-private.pem", directory / "jwt-public.pem"
    if not private.exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        private.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        private.chmod(0o600)
        public.write_bytes(
            key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        )
    return private, public


def mint(
    private_key_pem: str,
    *,
    sub: str,
    role: str,
    facilities: list[str],
    ttl_s: int = 8 * 3600,
    audience: str = "storage-crm",
) -> str:
    """A signed staff token."""
    now = int(time.time())
    claims = {
        "sub": sub,
        "role": role,
        "facilities": facilities,
        "iat": now,
        "exp": now + ttl_s,
        "aud": audience,
    }
    return jwt.encode(claims, private_key_pem, algorithm="RS256")


def main(argv: list[str] | None = None) -> None:
    """`crm-dev keys | token | dlq-replay`."""
    parser = argparse.ArgumentParser(prog="crm-dev")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("keys", help="create the development key pair under $CRM_DATA_DIR/keys")
    token = sub.add_parser("token", help="mint a staff token signed with the development key")
    token.add_argument("--sub", default="dev@example.com")
    token.add_argument("--role", choices=["owner", "manager", "staff"], default="owner")
    token.add_argument("--facility", action="append", default=[], help="facility id (repeatable)")
    token.add_argument("--ttl", type=int, default=8 * 3600)
    replay = sub.add_parser("dlq-replay", help="move a DLQ's messages back to their topic")
    replay.add_argument("topic")
    replay.add_argument("--bootstrap-servers", default=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"))
    args = parser.parse_args(argv)
    if args.cmd == "keys":
        private, public = ensure_keys()
        print(f"private: {private}\npublic: {public}")
    elif args.cmd == "token":
        private, _ = ensure_keys()
        facilities = [str(uuid.UUID(f)) for f in args.facility] or [str(uuid.uuid4())]
        print(mint(private.read_text(), sub=args.sub, role=args.role, facilities=facilities, ttl_s=args.ttl))
    elif args.cmd == "dlq-replay":
        dlq.main([args.topic, "--bootstrap-servers", args.bootstrap_servers])
    else:  # pragma: no cover - argparse refuses unknown commands
        sys.exit(2)


if __name__ == "__main__":
    main()
