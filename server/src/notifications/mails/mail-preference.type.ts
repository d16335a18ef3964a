import { Field, ObjectType } from 'type-graphql';
import { MAIL_CATEGORIES } from './mail-category.js';

@ObjectType('NotificationPreference', {
  description: 'One kind of customer mail and whether you receive it; every kind is on until you turn it off.',
})
export class NotificationPreferenceType {
  @Field(() => String, { description: `The mail category: ${MAIL_CATEGORIES.join(', ')}.` })
  category!: string;

  @Field(() => Boolean)
  enabled!: boolean;
}
