import type { StatusKitMessages } from '../provider/ui-messages'

/**
 * Arabic (`ar`), right to left: every text of the package.
 * `<html lang="ar" dir="rtl">` and `<StatusKitProvider messages={ar} locale="ar">`: the components
 * use logical properties, so they mirror under `dir="rtl"`. The product term Webhook stays in Latin
 * script, as Arabic developer documentation writes it; "2FA" is spelt out (المصادقة الثنائية).
 *
 * `connectionStatuses.*.name` stay as the spec writes them: they are identifiers
 * (`describeConnectionStatus(...).name` always reports the spec's English name), never shown.
 */
export const ar: StatusKitMessages = {
  connectionStatuses: {
    2: { name: 'Loading', label: 'جارٍ التحميل', description: 'يجري تحميل بيانات تطبيق الطرف الثالث إلى بحيرة البيانات' },
    6: { name: 'Authorization', label: 'التفويض', description: 'يحاول المستخدم تسجيل الدخول إلى تطبيق الطرف الثالث أو سبق أن حاول ذلك' },
    7: { name: 'Error in Authorization', label: 'خطأ في التفويض', description: 'خطأ بعد التفويض (بيانات اعتماد غير صالحة)' },
    8: { name: 'Deauthorized', label: 'أُلغي التفويض', description: 'انتهى اتصال التطبيق، ويجب على المستخدم إعادة ربطه' },
    9: { name: 'Authorized', label: 'تم التفويض', description: 'اكتمل التفويض' },
    11: { name: 'Loading Error', label: 'خطأ في التحميل', description: 'خطأ أثناء تحميل البيانات' },
    12: { name: 'Loaded', label: 'تم التحميل', description: 'حُفظت البيانات في بحيرة البيانات' },
    13: { name: 'Structuring', label: 'جارٍ الهيكلة', description: 'اكتمل تحميل البيانات وتجري عملية هيكلتها' },
    14: { name: 'Structuring Error', label: 'خطأ في الهيكلة', description: 'توقفت هيكلة البيانات' },
    15: { name: 'Structured', label: 'تمت الهيكلة', description: 'اكتملت هيكلة البيانات بنجاح' },
    16: { name: 'Processing', label: 'جارٍ المعالجة', description: 'تمت هيكلة البيانات وتجري عملية معالجتها' },
    17: { name: 'Processing error', label: 'خطأ في المعالجة', description: 'خطأ أثناء معالجة البيانات' },
    18: { name: 'Processed', label: 'تمت المعالجة', description: 'المعالجة' },
    19: { name: 'Synced', label: 'تمت المزامنة', description: 'تمت المزامنة' },
    20: { name: 'Authorization timedout', label: 'انتهت مهلة التفويض', description: 'انتهاء مهلة التفويض' },
    21: { name: 'Deduplication', label: 'إزالة التكرار', description: 'إزالة تكرار التطبيقات المحددة مسبقًا' },
    22: { name: 'Deduplication Error', label: 'خطأ في إزالة التكرار', description: 'خطأ أثناء إزالة التكرار' },
    23: { name: 'Timed Out', label: 'انتهت المهلة', description: 'ينطبق على جلسات التحميل التي لم تتغير حالتها خلال مدة محددة' },
    25: { name: 'Waiting For Webhook', label: 'بانتظار Webhook', description: 'إذا كانت البيانات واردة من مجمِّع التطبيقات، فإن جلسة المشاركة تنتظر Webhook' },
    26: { name: 'Disconnected', label: 'غير متصل', description: 'عندما يُفصل التطبيق' },
  },
  unknownStatus: {
    label: 'حالة غير معروفة',
    labelWithCode: 'حالة غير معروفة ({code})',
    description: 'هذه الحالة غير معروفة. قد يحتاج الاتصال إلى تدخّل فريق الدعم.',
  },
  stages: {
    authorization: { label: 'التفويض', description: 'عندما يكون المستخدم قد سجّل الدخول إلى تطبيق الطرف الثالث أو يحاول تسجيل الدخول إليه.' },
    loading: {
      label: 'التحميل',
      description: 'يجري تحميل بيانات تطبيق الطرف الثالث إلى بحيرة البيانات. وتعني «تم التحميل» أن البيانات حُمِّلت بنجاح.',
    },
    deduplication: { label: 'إزالة التكرار', description: 'إزالة تكرار التطبيقات المحددة مسبقًا.' },
    structuring: { label: 'الهيكلة', description: 'نُزِّلت بيانات تطبيق الطرف الثالث وتجري عملية هيكلتها.' },
    processing: {
      label: 'المعالجة',
      description: 'تمت هيكلة بيانات تطبيق الطرف الثالث وتجري معالجتها: المراقبة والتنبؤ والرؤى والمقارنة المعيارية وتنظيف البيانات التاريخية.',
    },
    synced: { label: 'المزامنة', description: 'جميع بيانات تطبيق الطرف الثالث متصلة ومتزامنة.' },
  },
  substages: {
    monitoring: { label: 'المراقبة' },
    forecasting: { label: 'التنبؤ' },
    insights: { label: 'الرؤى' },
    benchmarking: { label: 'المقارنة المعيارية' },
    'historical-data-cleaning': { label: 'تنظيف البيانات التاريخية' },
  },
  credentialStates: {
    '-2': { name: 'قطع الاتصال', description: 'يجب إعادة ربط بيانات الاعتماد' },
    '-1': { name: 'خطأ', description: 'حدث خطأ أثناء العملية' },
    '0': { name: 'غير معروف', description: 'حدث خطأ ما: حالة غير متوقعة' },
    '1': { name: 'التحضير للجمع', description: 'مرحلة التحضير الأولية قبل بدء الجمع' },
    '2': { name: 'المصادقة جارية', description: 'عملية المصادقة قيد التنفيذ' },
    '3': { name: 'رمز المصادقة الثنائية مطلوب', description: 'يلزم أن يُدخل المستخدم رمز المصادقة الثنائية' },
    '4': { name: 'جارٍ التحقق الثنائي', description: 'تجري معالجة رمز المصادقة الثنائية المُدخَل' },
    '5': { name: 'جارٍ جمع البيانات', description: 'يجري جمع البيانات من مصدر أداة الجمع' },
    '6': { name: 'جارٍ تنزيل الفواتير', description: 'يجري استرداد ملفات الفواتير' },
    '7': { name: 'تم', description: 'اكتمل الجمع بنجاح' },
  },
  collectorStates: {
    planned: {
      name: 'مخطط لها',
      description: 'أداة الجمع قيد التطوير ولا تعمل بعد. يمكن للمستخدمين رؤيتها في الواجهة، لكن لن تُجمع أي فواتير حتى تصبح نشطة.',
    },
    development: {
      name: 'قيد التطوير',
      description: 'أداة الجمع قيد التطوير وليست جاهزة للإنتاج بعد. لا تُجمع الفواتير حتى الآن.',
    },
    active: {
      name: 'نشطة',
      description: 'اكتمل تطوير أداة الجمع وهي تعمل. جُمعت فاتورة واحدة على الأقل بنجاح.',
    },
  },
  credentialUi: {
    'coming-soon': {
      label: 'قريبًا',
      explanation: 'أداة الجمع هذه قيد التطوير حاليًا. سنُعلمك فور بدء تشغيلها.',
    },
    error: { label: 'خطأ', explanation: 'حدث خطأ.', reconnectExplanation: 'يلزم إعادة الربط.' },
    scheduled: { label: 'جمع مجدول', explanation: 'الجمع مجدول لكنه لم يبدأ بعد' },
    connecting: { label: 'جارٍ الاتصال', explanation: 'المصادقة أو التحقق الثنائي قيد التنفيذ' },
    'two-factor-required': { label: 'التحقق الثنائي مطلوب', explanation: 'بانتظار أن يُدخل المستخدم رمز المصادقة الثنائية' },
    active: { label: 'نشط', explanation: 'الجمع قيد التشغيل أو اكتمل بنجاح' },
    unknown: { label: 'الحالة غير متاحة', explanation: 'تعذّرت قراءة حالة بيانات الاعتماد.' },
  },
  actions: { reconnect: 'إعادة ربط التطبيق', retry: 'إعادة المحاولة' },
  stepStates: {
    complete: 'مكتملة',
    current: 'الحالية',
    error: 'فشلت',
    warning: 'تحتاج إلى انتباه',
    upcoming: 'لم تبدأ',
    inactive: 'غير نشطة',
  },
  waitingForWebhook: 'بانتظار Webhook',
  statusOnStep: {
    7: "خطأ في التفويض: بيانات الاعتماد غير صحيحة أو غير صالحة، أو لم يكتمل التفويض بشكل صحيح.",
    8: "انتهى اتصال التطبيق، ويجب على المستخدم إعادة توصيله.",
    9: "تم التفويض: اكتمل التفويض، ويليه التحميل.",
    20: "انتهت مهلة التفويض: بدأ التفويض ولم يكتمل، مثلًا فُتحت نافذة تسجيل الدخول دون إدخال أي بيانات.",
    11: "خطأ في تحميل البيانات: حدث خطأ أثناء جمع البيانات.",
    12: "تم التحميل: حُمّلت البيانات بنجاح وحُفظت في مستودع البيانات.",
    23: "انتهت المهلة: لم تتغير حالة جلسة التحميل خلال المدة المحددة.",
    25: "إذا كانت البيانات واردة من مُجمِّع التطبيقات، فإن جلسة المشاركة تنتظر Webhook.",
    22: "خطأ في إزالة تكرار التطبيقات المحددة مسبقًا.",
    14: "توقفت هيكلة البيانات: حدث خطأ أثناء الهيكلة.",
    15: "تمت الهيكلة: أُدخلت البيانات في قاعدة البيانات دون أخطاء.",
    17: "خطأ في معالجة البيانات: حدث خطأ في إحدى المراحل الفرعية للمعالجة.",
    18: "تمت المعالجة: اكتملت مرحلة المعالجة.",
    26: "التطبيق غير متصل: لا تعمل أي مرحلة حتى تتم إعادة توصيله.",
  },
  ui: {
    stagePrefix: 'المرحلة: {stage}',
    nextStep: 'الخطوة التالية: {action}',
    substagesProgress: '{done}/{total}',
    substagesSummary: 'اكتملت {done} من {total} من المراحل الفرعية للمعالجة',
    relativeTimeUpdated: 'آخر تحديث {time}',
    pipelineLabel: 'تقدّم الاتصال',
    // pipelineSummary: first draft by the keyboard-scale helper, for the locales helper to review.
    pipelineSummary: {
      current: '{step} قيد التنفيذ، الخطوة {position} من {total}',
      waiting: '{step} بانتظار Webhook، الخطوة {position} من {total}',
      error: '{step} فشلت، الخطوة {position} من {total}',
      warning: '{step} تحتاج إلى انتباه، الخطوة {position} من {total}',
      allComplete: 'اكتملت جميع الخطوات ({total})',
      none: 'لا توجد خطوة قيد التنفيذ، {total} خطوات',
    },
    twoFactorCodeLabel: 'رمز التحقق',
    twoFactorSubmit: 'تحقّق',
    twoFactorVerifying: 'جارٍ التحقق من الرمز…',
    twoFactorVerified: 'تم التحقق من الرمز.',
    twoFactorEmptyCode: 'أدخل الرمز الذي أرسلناه إليك.',
    twoFactorSubmitFailed: 'تعذّر التحقق من الرمز.',
    dismiss: "إغلاق {title}",
    errorPrefix: "خطأ:",
  },
  outcomes: {
    synced: { one: '{count} متزامن', other: '{count} متزامنة' },
    'in-progress': { one: '{count} قيد التنفيذ', other: '{count} قيد التنفيذ' },
    'needs-attention': { one: '{count} يحتاج إلى انتباه', other: '{count} تحتاج إلى انتباه' },
    failed: { one: '{count} فشل', other: '{count} فشلت' },
    disconnected: { one: '{count} مفصول', other: '{count} مفصولة' },
    unknown: { one: '{count} غير معروف', other: '{count} غير معروفة' },
  },
  announcements: {
    synced: { one: 'تمت مزامنة {count} اتصال', other: 'تمت مزامنة {count} اتصالات', subject: 'تمت مزامنة {subject}' },
    'in-progress': { one: '{count} اتصال قيد التنفيذ', other: '{count} اتصالات قيد التنفيذ', subject: '{subject} قيد التنفيذ' },
    'needs-attention': { one: '{count} اتصال يحتاج إلى انتباه', other: '{count} اتصالات تحتاج إلى انتباه', subject: '{subject} يحتاج إلى انتباه' },
    failed: { one: 'فشل {count} اتصال', other: 'فشلت {count} اتصالات', subject: 'فشل {subject}' },
    disconnected: { one: 'فُصل {count} اتصال', other: 'فُصلت {count} اتصالات', subject: 'فُصل {subject}' },
    unknown: { one: '{count} اتصال بحالة غير معروفة', other: '{count} اتصالات بحالة غير معروفة', subject: 'حالة {subject} غير معروفة' },
  },
  summary: { label: 'حالة الاتصالات' },
  history: {
    label: 'سجل الحالات',
    showAll: 'عرض كل الأحداث ({count})',
    showLatest: 'عرض آخر {count} فقط',
    showEarlier: { one: 'عرض {count} حدث سابق', other: 'عرض {count} من الأحداث السابقة' },
    stageDuration: '{stage}: {duration}',
    stageOngoing: '{stage}: {duration} حتى الآن',
    stageStarted: '{stage}: بدأت للتو',
    failedHere: 'فشل هنا',
    stalled: 'متوقف منذ {duration}',
    stalledDetail: 'لا حالة جديدة منذ {time}.',
    empty: 'لا تغييرات في الحالة بعد.',
  },
}

export default ar
