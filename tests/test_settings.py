"""Settings: defaults, a TOML file, then the command line; every threshold in one overridable table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mediabrief.cli import main
from mediabrief.errors import InputError
from mediabrief.settings import Thresholds, load_settings

from .conftest import SEEDS


def write_config(tmp_path, body: str):
    path = tmp_path / "mediabrief.toml"
    path.write_text(body, "utf-8")
    return path


def test_thresholds_come_from_the_config_file_and_the_rest_keep_their_defaults(tmp_path):
    config = write_config(tmp_path, "[mediabrief]\nquiet = true\n[mediabrief.thresholds]\n"
                                    "quote_similarity = 90\nmin_english_share = 0.3\n")
    settings = load_settings(config)
    assert settings.thresholds.quote_similarity == 90 and settings.thresholds.min_english_share == 0.3
    assert settings.thresholds.duplicate_containment == Thresholds().duplicate_containment
    assert settings.quiet is True


@pytest.mark.parametrize(("line", "message"), [
    ("quote_similarity = 140", "quote_similarity is 140; expected a number from 0.0 to 100.0"),
    ("quote_min_words = 2.5", "quote_min_words is 2.5; expected a whole number at least 1"),
    ("duplicate_containment = \"high\"", "duplicate_containment is 'high'"),
    ("similarity = 0.5", "unknown threshold(s) similarity"),
])
def test_a_bad_threshold_is_named_with_what_is_expected(tmp_path, line, message):
    config = write_config(tmp_path, f"[mediabrief.thresholds]\n{line}\n")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_settings(config)


def test_a_stricter_english_share_skips_articles_with_the_reason(tmp_path, capsys):
    config = write_config(tmp_path, "[mediabrief.thresholds]\nmin_english_share = 0.99\n")
    code = main(["analyze", str(SEEDS), "--out", str(tmp_path / "out"), "--config", str(config), "--quiet"])
    assert code == 2  # every seed is then "not English": no usable article
    assert "not English" in capsys.readouterr().err


@pytest.mark.parametrize(("line", "message"), [
    ('quiet = "no"', "setting quiet is 'no'; expected true or false"),
    ('n_process = "two"', "setting n_process is 'two'; expected a whole number"),
    ("out_dir = 5", "setting out_dir is 5; expected a folder path"),
    ('out_dir = ""', "setting out_dir is ''; expected a folder path"),
    ("batch_size = true", "setting batch_size is True; expected a whole number"),
    ('fetch_timeout = "soon"', "setting fetch_timeout is 'soon'; expected a number"),
    ("title = 2023", "setting title is 2023; expected text"),
    ('jobs = "two"', "unknown setting(s) jobs; did you mean n_process (for --jobs)?"),
    ("out = 5", "unknown setting(s) out; did you mean out_dir (for --out)?"),
])
def test_a_setting_of_the_wrong_type_is_named_with_what_is_expected(tmp_path, line, message):
    config = write_config(tmp_path, f"[mediabrief]\n{line}\n")
    with pytest.raises(InputError, match=re.escape(message)):
        load_settings(config)


def test_a_wrong_type_in_the_config_is_exit_2_on_the_command_line(tmp_path, capsys):
    config = write_config(tmp_path, '[mediabrief]\nquiet = "no"\n')
    code = main(["analyze", str(SEEDS), "--out", str(tmp_path / "out"), "--config", str(config)])
    assert code == 2 and "setting quiet is 'no'; expected true or false" in capsys.readouterr().err


@pytest.mark.parametrize(("data", "message"), [(b"\xff\xfe[mediabrief]", "cannot read settings"),
                                               (b"mediabrief = 5\n", "'mediabrief' must be a table")])
def test_a_config_that_is_not_a_settings_table_is_an_input_error(tmp_path, data, message):
    config = tmp_path / "mediabrief.toml"
    config.write_bytes(data)
    with pytest.raises(InputError, match=message):
        load_settings(config)


def test_right_types_pass_and_paths_become_paths(tmp_path):
    config = write_config(tmp_path, '[mediabrief]\nquiet = false\nn_process = 2\nout_dir = "out"\nfetch_timeout = 5\n')
    settings = load_settings(config)
    assert (settings.quiet, settings.n_process, settings.out_dir, settings.fetch_timeout) == (False, 2, Path("out"), 5)
