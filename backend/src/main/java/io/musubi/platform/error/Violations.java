package io.musubi.platform.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Bean-validation violations as the API's field errors: JSON paths and stable problem codes. */
public final class Violations {
    private Violations() {
    }

    public static List<ApiError.FieldError> of(Collection<? extends ConstraintViolation<?>> violations) {
        List<ApiError.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new ApiError.FieldError(field(violation.getPropertyPath()), code(violation),
                    violation.getMessage()));
        }
        errors.sort(Comparator.comparing(ApiError.FieldError::field));
        return errors;
    }

    /** "create.request.capital.amount" → "capital.amount"; list elements as "technologies[2]". */
    public static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            // an element's index sits on the node after its container: equipment[1].type, technologies[2]
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** "NotBlank" → "not_blank". */
    public static String code(ConstraintViolation<?> violation) {
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
