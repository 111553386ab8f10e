package io.musubi.bulk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One CSV import and its progress; {@code problems} lists every rejected row's field problems. */
@MappedEntity("import_job")
@Serdeable
record ImportJob(@Id UUID id, UUID startedBy, @Nullable String fileName, String format, String status, int total,
                 int processed, int created, int updated, int unchanged, int rejected,
                 @TypeDef(type = DataType.JSON) List<Problem> problems, Instant startedAt,
                 @Nullable Instant finishedAt) {

    /** {@code row}: the line's number in the file (the header is line 1); {@code field}: the CSV column. */
    @Serdeable
    record Problem(int row, String field, String code, String message) {
    }
}
