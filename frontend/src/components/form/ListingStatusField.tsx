import { useTranslation } from 'react-i18next';
import { SelectField, type FieldValue } from './Field';

/** A need's or a capacity's status. */
export const LISTING_STATUSES = ['OPEN', 'CLOSED'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/** Whether a listing (need or capacity) is open or closed, at the form's `status`. */
export function ListingStatusField(props: FieldValue<ListingStatus>) {
  const { t } = useTranslation();
  return (
    <SelectField path="status" label={t('listing.status')} options={LISTING_STATUSES}
      optionLabel={(status) => t(`status.${status}`)} {...props} />
  );
}
