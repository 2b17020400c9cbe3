#pragma once

#include "core/common/Result.h"
#include "core/domain/Activity.h"
#include "core/domain/Company.h"
#include "core/domain/Contact.h"
#include "core/domain/Deal.h"

namespace baza::domain {

// Each returns the first problem found, naming the field, or an ok Status.
Status validate(const Contact& contact);
Status validate(const Company& company);
Status validate(const Deal& deal);
Status validate(const Stage& stage);
Status validate(const Pipeline& pipeline);
Status validate(const Activity& activity);
Status validate(const Task& task);
Status validate(const Consent& consent);

bool isValidEmail(const QString& address);
// Accepts +, digits, spaces, dots, dashes, parentheses; 5 to 15 digits (E.164 allows 15).
bool isPlausiblePhone(const QString& number);

} // namespace baza::domain
