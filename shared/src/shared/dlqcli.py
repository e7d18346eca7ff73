"""`<service> dlq list | show | replay | purge`: look at dead letters before moving or deleting them."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any, TextIO

from shared.contracts import topics
from shared.messaging import dlq


def add_dlq_parser(sub: Any) -> None:
    """The `dlq` command and its subcommands, on a service's argument parser."""
    parser = sub.add_parser("dlq", help="list, show, replay or purge a dead-letter topic")
    cmds = parser.add_subparsers(dest="dlq_cmd", required=True)
    help_topic = "the dead-letter topic, e.g. contacts.customers.dlq (the service's topic namespace is added)"
    cmds.add_parser("list", help="one JSON line per message: ref, type, error, consumer").add_argument(
        "topic", help=help_topic
    )
    show = cmds.add_parser("show", help="one message: headers, error and payload")
    show.add_argument("topic", help=help_topic)
    show.add_argument("ref", help="PARTITION:OFFSET, as `dlq list` prints it")
    replay = cmds.add_parser("replay", help="send messages back to their original topic (they stay in the DLQ)")
    replay.add_argument("topic", help=help_topic)
    picked = replay.add_mutually_exclusive_group(required=True)
    picked.add_argument("--ref", help="only the message at PARTITION:OFFSET")
    picked.add_argument("--all", action="store_true", help="every message now in the topic")
    picked.add_argument("--where", action="store_true", help="the messages matching --type/--error/--consumer")
    replay.add_argument("--type", default="", help="event type, e.g. contacts.customer.created")
    replay.add_argument("--error", default="", help="text the error header contains (case-insensitive)")
    replay.add_argument("--consumer", default="", help="the consumer group that dead-lettered it")
    purge = cmds.add_parser("purge", help="delete every message now in the topic (asks to type its name)")
    purge.add_argument("topic", help=help_topic)
    purge.add_argument("--yes", action="store_true", help="do not ask (scripts)")


def physical_topic(name: str, namespace: str) -> str:
    """The DLQ's name on the broker: `.dlq` added if missing, and the service's namespace."""
    name = name if name.endswith(".dlq") else topics.dlq(name)
    return name if namespace and name.startswith(namespace) else topics.resolve(name, namespace)


def run_dlq(
    args: argparse.Namespace, bootstrap_servers: str, namespace: str, out: TextIO = sys.stdout, ask: Any = input
) -> int:
    """Run one `dlq` subcommand; the process exit code."""
    topic = physical_topic(args.topic, namespace)
    if args.dlq_cmd == "list":
        for letter in asyncio.run(dlq.read_all(bootstrap_servers, topic)):
            print(json.dumps(letter.summary()), file=out)
    elif args.dlq_cmd == "show":
        try:
            letter = asyncio.run(dlq.show(bootstrap_servers, topic, args.ref))
        except LookupError as exc:
            print(f"dlq show: {exc}", file=sys.stderr)
            return 1
        print(json.dumps(letter.detail(), indent=2, ensure_ascii=False), file=out)
    elif args.dlq_cmd == "replay":
        if args.ref:
            try:
                count = asyncio.run(_replay_one(bootstrap_servers, topic, args.ref))
            except LookupError as exc:
                print(f"dlq replay: {exc}", file=sys.stderr)
                return 1
        else:
            where = dlq.Filter(args.type, args.error, args.consumer)
            count = asyncio.run(dlq.replay_matching(bootstrap_servers, topic, where))
        print(f"replayed {count} message(s) from {topic}", file=out)
    elif args.dlq_cmd == "purge":
        if not args.yes and ask(f"delete every message in {topic}? type its name to confirm: ").strip() != topic:
            print("dlq purge: not confirmed; nothing deleted", file=sys.stderr)
            return 1
        print(f"purged {asyncio.run(dlq.purge(bootstrap_servers, topic))} message(s) from {topic}", file=out)
    return 0


async def _replay_one(bootstrap_servers: str, topic: str, ref: str) -> int:
    return await dlq.republish(bootstrap_servers, topic, [await dlq.show(bootstrap_servers, topic, ref)])
