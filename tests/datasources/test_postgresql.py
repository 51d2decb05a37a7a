"""The SQL path against a real PostgreSQL server (Debian's postgresql; .ci/run installs it)."""

import pytest

from journey_studio.cli import main
from journey_studio.datasources import DataSourceError, compute_refresh
from journey_studio.datasources.tables import url_without_password
from journey_studio.fileformat import dumps, load

from .conftest import living_journey
from .postgres_server import PASSWORD, PostgresServer, _bin_dir


@pytest.fixture(scope="module")
def server():
    if _bin_dir() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    pg = PostgresServer().start()
    from sqlalchemy import create_engine, text

    from journey_studio.datasources.tables import database_url

    engine = create_engine(database_url(pg.url, PASSWORD))
    with engine.begin() as connection:
        connection.execute(text("create table answers (etape text, note integer, quand date, segment text)"))
        connection.execute(text(
            "insert into answers values ('Découverte', 5, '2026-01-02', 'Pros'), ('Découverte', 3, '2026-02-02', 'Pros'),"
            " ('En ligne', 9, '2026-02-03', 'Particuliers'), ('En ligne', 2, '2026-02-04', 'Pros')"))
    engine.dispose()
    yield pg
    pg.stop()


def source(pg, **extra):
    return {"id": "pg", "name": "Entrepôt", "kind": "sql", "url": pg.url, "metric": "NPS",
            "query": "SELECT etape, note, quand FROM answers",
            "columns": {"step": "etape", "value": "note", "date": "quand"}, **extra}


def test_refresh_from_postgresql_with_the_password_from_the_environment(server, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JOURNEY_STUDIO_DB_PASSWORD", PASSWORD)
    path = tmp_path / "m.journey"
    path.write_bytes(dumps(living_journey([source(server)])))
    assert main(["refresh", str(path)]) == 0, capsys.readouterr().err
    measures = {(m.step, m.metric): m for m in load(path).map.measures}
    # Découverte: 5 and 3, two detractors: -100; En ligne: 9 and 2, one each: 0
    assert measures[("t1", "NPS")].value == -100 and measures[("t2", "NPS")].value == 0
    assert [p.period for p in measures[("t1", "NPS")].trend] == ["2026-01", "2026-02"]  # real dates
    saved = path.read_bytes()
    assert PASSWORD.encode() not in saved and b"127.0.0.1" in saved


def test_a_source_names_its_own_password_variable(server, monkeypatch):
    monkeypatch.delenv("JOURNEY_STUDIO_DB_PASSWORD", raising=False)
    monkeypatch.setenv("BANK_DB_PW", PASSWORD)
    result = compute_refresh(living_journey([source(server, passwordEnv="BANK_DB_PW")]))
    assert len(result.measures) == 2


def test_a_wrong_password_and_a_failing_query_are_one_line(server, monkeypatch):
    monkeypatch.setenv("JOURNEY_STUDIO_DB_PASSWORD", "wrong")
    with pytest.raises(DataSourceError, match="failed") as error:
        compute_refresh(living_journey([source(server)]))
    assert "\n" not in str(error.value) and "wrong" not in str(error.value)
    monkeypatch.setenv("JOURNEY_STUDIO_DB_PASSWORD", PASSWORD)
    with pytest.raises(DataSourceError, match="the database query failed") as error:
        compute_refresh(living_journey([source(server, query="SELECT nope FROM answers")]))
    assert "Entrepôt" in str(error.value)


def test_a_password_typed_into_a_url_is_never_stored():
    assert url_without_password("postgresql://ana:pa55@db.example:5432/crm") == "postgresql://ana@db.example:5432/crm"
