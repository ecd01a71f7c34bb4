"""`fieldclient settings`: the declared settings (`fieldclient.settings`), read and changed."""

import argparse

from fieldclient.cli.context import CommandError, add_command, data_dir, unlocked
from fieldclient.cli.output import print_table
from fieldclient.settings import ALL_SETTINGS, BY_NAME, Home, IniSettings, Setting, VaultSettings


def register(commands: argparse._SubParsersAction) -> None:
    settings = add_command(commands, "settings", "show the settings, or change one")
    settings.add_argument("name", nargs="?", help="a setting's name, e.g. display/language")
    settings.add_argument("value", nargs="?", help="the new value")
    settings.set_defaults(handler=cmd_settings)


def cmd_settings(args: argparse.Namespace) -> int:
    """Settings kept in the vault need it unlocked; the others are read without a password."""
    chosen = [_setting(args.name)] if args.name else list(ALL_SETTINGS)
    ini = IniSettings(data_dir(args))
    values = {s.name: ini.get(s) for s in chosen if s.home is Home.INI}
    if any(s.home is Home.VAULT for s in chosen):
        with unlocked(args) as session:
            vault = VaultSettings(session.vault)
            if args.value is not None and chosen[0].home is Home.VAULT:
                vault.set(chosen[0], _typed(chosen[0], args.value))
            values |= {s.name: vault.get(s) for s in chosen if s.home is Home.VAULT}
    elif args.value is not None:
        values[chosen[0].name] = ini.set(chosen[0], _typed(chosen[0], args.value))
    rows = [
        {"name": s.name, "value": str(values[s.name]), "kept in": s.home.value,
         "what": s.description}
        for s in chosen
    ]  # fmt: skip
    print_table(rows, ("name", "value", "kept in", "what"))
    return 0


def _setting(name: str) -> Setting:
    setting = BY_NAME.get(name)
    if setting is None:
        raise CommandError(f"There is no setting {name!r}; one of: {', '.join(BY_NAME)}.")
    return setting


def _typed(setting: Setting, text: str) -> object:
    try:
        return setting.type(text)
    except ValueError as wrong:
        expected = getattr(setting.type, "__name__", "valid")
        raise CommandError(
            f"{setting.name}: {text!r} is not a {expected} value ({wrong})"
        ) from None
