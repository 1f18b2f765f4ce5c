import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The initial schema: exactly the tables and columns the entities declare (the *.entity.ts files under src/modules),
 * plus what the entities only describe in comments: foreign keys, CHECKs on status-like columns, and two indexes.
 * Constraint names: pk_<table>, uq_<table>_<column>, fk_<table>_<column>, ck_<table>_<column>.
 * gen_random_uuid() is built into PostgreSQL 13+ (no extension needed).
 */
export class InitialSchema1764300000000 implements MigrationInterface {
  name = 'InitialSchema1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agencies (
        code         text        NOT NULL,
        name_vi      text        NOT NULL,
        name_en      text        NOT NULL,
        kind         text        NOT NULL,
        parent_code  text,
        external     boolean     NOT NULL DEFAULT false,
        border_area  boolean     NOT NULL DEFAULT false,
        active       boolean     NOT NULL DEFAULT true,
        created_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_agencies PRIMARY KEY (code),
        CONSTRAINT fk_agencies_parent_code FOREIGN KEY (parent_code) REFERENCES agencies (code)
      )`);

    await queryRunner.query(`
      CREATE TABLE users (
        id             uuid        NOT NULL DEFAULT gen_random_uuid(),
        username       text        NOT NULL,
        display_name   text        NOT NULL,
        password_hash  text        NOT NULL,
        agency_code    text        NOT NULL,
        roles          text[]      NOT NULL,
        active         boolean     NOT NULL DEFAULT true,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_users PRIMARY KEY (id),
        CONSTRAINT uq_users_username UNIQUE (username),
        CONSTRAINT fk_users_agency_code FOREIGN KEY (agency_code) REFERENCES agencies (code)
      )`);

    await queryRunner.query(`
      CREATE TABLE deadline_catalogue_versions (
        version            integer     NOT NULL,
        entries            jsonb       NOT NULL,
        escalation_ladder  jsonb       NOT NULL,
        note               text        NOT NULL,
        created_by         uuid,
        created_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_deadline_catalogue_versions PRIMARY KEY (version)
      )`);

    await queryRunner.query(`
      CREATE TABLE tips (
        id                         uuid        NOT NULL DEFAULT gen_random_uuid(),
        reference                  text        NOT NULL,
        external_reference         text,
        idempotency_key            text,
        channel                    text        NOT NULL,
        received_at                timestamptz NOT NULL,
        summary                    text        NOT NULL,
        location                   text        NOT NULL,
        urgency                    text        NOT NULL,
        victim_in_danger           boolean     NOT NULL DEFAULT false,
        investigating_agency_code  text        NOT NULL,
        status                     text        NOT NULL,
        workflow_id                text        NOT NULL,
        case_id                    uuid,
        registered_by              uuid        NOT NULL,
        created_at                 timestamptz NOT NULL DEFAULT now(),
        updated_at                 timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_tips PRIMARY KEY (id),
        CONSTRAINT uq_tips_reference UNIQUE (reference),
        CONSTRAINT uq_tips_external_reference UNIQUE (external_reference),
        CONSTRAINT uq_tips_idempotency_key UNIQUE (idempotency_key),
        CONSTRAINT uq_tips_workflow_id UNIQUE (workflow_id),
        CONSTRAINT fk_tips_investigating_agency_code FOREIGN KEY (investigating_agency_code) REFERENCES agencies (code),
        CONSTRAINT ck_tips_urgency CHECK (urgency IN ('NORMAL', 'URGENT')),
        CONSTRAINT ck_tips_status CHECK (status IN ('PENDING_START', 'VERIFYING', 'SUSPENDED', 'UNFOUNDED', 'CONFIRMED'))
      )`);

    await queryRunner.query(`
      CREATE TABLE tipster_contacts (
        tip_id             uuid        NOT NULL,
        contact_encrypted  text        NOT NULL,
        created_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_tipster_contacts PRIMARY KEY (tip_id),
        CONSTRAINT fk_tipster_contacts_tip_id FOREIGN KEY (tip_id) REFERENCES tips (id) ON DELETE CASCADE
      )`);

    await queryRunner.query(`
      CREATE TABLE cases (
        id             uuid        NOT NULL DEFAULT gen_random_uuid(),
        reference      text        NOT NULL,
        origin_tip_id  uuid,
        status         text        NOT NULL,
        opened_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_cases PRIMARY KEY (id),
        CONSTRAINT uq_cases_reference UNIQUE (reference),
        CONSTRAINT uq_cases_origin_tip_id UNIQUE (origin_tip_id),
        CONSTRAINT fk_cases_origin_tip_id FOREIGN KEY (origin_tip_id) REFERENCES tips (id),
        CONSTRAINT ck_cases_status CHECK (status IN ('OPEN', 'CLOSED'))
      )`);

    await queryRunner.query(`
      CREATE TABLE tasks (
        id                uuid        NOT NULL,
        process_id        text        NOT NULL,
        process_type      text        NOT NULL,
        case_id           uuid,
        step_type         text        NOT NULL,
        agency_code       text        NOT NULL,
        assignee_id       uuid,
        status            text        NOT NULL,
        created_at        timestamptz NOT NULL,
        due_at            timestamptz NOT NULL,
        escalation_level  integer     NOT NULL,
        deadline_key      text        NOT NULL,
        legal_basis       text        NOT NULL,
        deadline_nature   text        NOT NULL,
        extensions        jsonb       NOT NULL,
        outcome           jsonb,
        completed_by      uuid,
        completed_at      timestamptz,
        revision          integer     NOT NULL,
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_tasks PRIMARY KEY (id),
        CONSTRAINT fk_tasks_agency_code FOREIGN KEY (agency_code) REFERENCES agencies (code),
        CONSTRAINT ck_tasks_status CHECK (status IN ('OPEN', 'CLAIMED', 'COMPLETED', 'CANCELLED'))
      )`);
    await queryRunner.query(`CREATE INDEX idx_tasks_agency_status_due ON tasks (agency_code, status, due_at)`);
    await queryRunner.query(`CREATE INDEX idx_tasks_process ON tasks (process_id)`);

    await queryRunner.query(`
      CREATE TABLE escalations (
        id               uuid        NOT NULL,
        task_id          uuid        NOT NULL,
        process_id       text        NOT NULL,
        agency_code      text        NOT NULL,
        level            integer     NOT NULL,
        target           text        NOT NULL,
        fired_at         timestamptz NOT NULL,
        due_at           timestamptz NOT NULL,
        acknowledged_by  uuid,
        acknowledged_at  timestamptz,
        note             text,
        CONSTRAINT pk_escalations PRIMARY KEY (id),
        CONSTRAINT fk_escalations_task_id FOREIGN KEY (task_id) REFERENCES tasks (id),
        CONSTRAINT ck_escalations_target CHECK (target IN ('AGENCY_HEAD', 'STANDING_OFFICE', 'LEADERSHIP'))
      )`);
    await queryRunner.query(`CREATE INDEX idx_escalations_open ON escalations (acknowledged_at, target, agency_code)`);

    await queryRunner.query(`
      CREATE TABLE notifications (
        id                 uuid        NOT NULL,
        kind               text        NOT NULL,
        agency_code        text        NOT NULL,
        recipient_role     text,
        recipient_user_id  uuid,
        task_id            uuid,
        escalation_id      uuid,
        payload            jsonb       NOT NULL,
        created_at         timestamptz NOT NULL DEFAULT now(),
        delivered_at       timestamptz,
        CONSTRAINT pk_notifications PRIMARY KEY (id),
        CONSTRAINT fk_notifications_agency_code FOREIGN KEY (agency_code) REFERENCES agencies (code)
      )`);
    await queryRunner.query(`CREATE INDEX idx_notifications_agency ON notifications (agency_code, created_at)`);

    await queryRunner.query(`
      CREATE TABLE audit_log (
        id            uuid        NOT NULL DEFAULT gen_random_uuid(),
        actor_id      uuid,
        action        text        NOT NULL,
        subject_type  text        NOT NULL,
        subject_id    text        NOT NULL,
        detail        jsonb       NOT NULL DEFAULT '{}',
        at            timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_audit_log PRIMARY KEY (id)
      )`);
    await queryRunner.query(`CREATE INDEX idx_audit_subject ON audit_log (subject_type, subject_id)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Reverse order of up(); each table takes its own indexes and constraints with it.
    await queryRunner.query(`DROP INDEX idx_audit_subject`);
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP INDEX idx_notifications_agency`);
    await queryRunner.query(`DROP TABLE notifications`);
    await queryRunner.query(`DROP INDEX idx_escalations_open`);
    await queryRunner.query(`DROP TABLE escalations`);
    await queryRunner.query(`DROP INDEX idx_tasks_process`);
    await queryRunner.query(`DROP INDEX idx_tasks_agency_status_due`);
    await queryRunner.query(`DROP TABLE tasks`);
    await queryRunner.query(`DROP TABLE cases`);
    await queryRunner.query(`DROP TABLE tipster_contacts`);
    await queryRunner.query(`DROP TABLE tips`);
    await queryRunner.query(`DROP TABLE deadline_catalogue_versions`);
    await queryRunner.query(`DROP TABLE users`);
    await queryRunner.query(`DROP TABLE agencies`);
  }
}
