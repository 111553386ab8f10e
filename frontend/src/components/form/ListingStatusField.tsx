import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api-client';
import { SelectField } from './Field';

/** A need's or a capacity's status. */
export const LISTING_STATUSES = ['OPEN', 'CLOSED'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/** Whether a listing (need or capacity) is open or closed, at the form's `status`. */
export function ListingStatusField({
  errors,
  value,
  onChange,
  ...rest
}: {
  errors: FieldError[];
  value: ListingStatus;
  onChange: (value: ListingStatus) => void;
  'data-testid': string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField path="status" label={t('listing.status')} errors={errors} value={value} onChange={onChange}
      options={LISTING_STATUSES} optionLabel={(status) => t(`status.${status}`)} {...rest} />
  );
}
