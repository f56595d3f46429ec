package dev.statusspec.benchmarks.cloud;

/**
 * A handler as a client writes one: one method per status of the spec, each returning a constant
 * (so the benchmark measures the dispatch, not the handler). Written out from {@link
 * CloudStatusHandler}.
 */
public final class CloudNames implements CloudStatusHandler<String> {

  @Override
  public String onContinue() {
    return "Continue";
  }

  @Override
  public String onSwitchingProtocols() {
    return "SwitchingProtocols";
  }

  @Override
  public String onProcessing() {
    return "Processing";
  }

  @Override
  public String onEarlyHints() {
    return "EarlyHints";
  }

  @Override
  public String onUploadResumptionSupported() {
    return "UploadResumptionSupported";
  }

  @Override
  public String onOk() {
    return "Ok";
  }

  @Override
  public String onCreated() {
    return "Created";
  }

  @Override
  public String onAccepted() {
    return "Accepted";
  }

  @Override
  public String onNonAuthoritativeInformation() {
    return "NonAuthoritativeInformation";
  }

  @Override
  public String onNoContent() {
    return "NoContent";
  }

  @Override
  public String onResetContent() {
    return "ResetContent";
  }

  @Override
  public String onPartialContent() {
    return "PartialContent";
  }

  @Override
  public String onMultiStatus() {
    return "MultiStatus";
  }

  @Override
  public String onAlreadyReported() {
    return "AlreadyReported";
  }

  @Override
  public String onImUsed() {
    return "ImUsed";
  }

  @Override
  public String onMultipleChoices() {
    return "MultipleChoices";
  }

  @Override
  public String onMovedPermanently() {
    return "MovedPermanently";
  }

  @Override
  public String onFound() {
    return "Found";
  }

  @Override
  public String onSeeOther() {
    return "SeeOther";
  }

  @Override
  public String onNotModified() {
    return "NotModified";
  }

  @Override
  public String onUseProxy() {
    return "UseProxy";
  }

  @Override
  public String onTemporaryRedirect() {
    return "TemporaryRedirect";
  }

  @Override
  public String onPermanentRedirect() {
    return "PermanentRedirect";
  }

  @Override
  public String onBadRequest() {
    return "BadRequest";
  }

  @Override
  public String onUnauthorized() {
    return "Unauthorized";
  }

  @Override
  public String onPaymentRequired() {
    return "PaymentRequired";
  }

  @Override
  public String onForbidden() {
    return "Forbidden";
  }

  @Override
  public String onNotFound() {
    return "NotFound";
  }

  @Override
  public String onMethodNotAllowed() {
    return "MethodNotAllowed";
  }

  @Override
  public String onNotAcceptable() {
    return "NotAcceptable";
  }

  @Override
  public String onProxyAuthenticationRequired() {
    return "ProxyAuthenticationRequired";
  }

  @Override
  public String onRequestTimeout() {
    return "RequestTimeout";
  }

  @Override
  public String onConflict() {
    return "Conflict";
  }

  @Override
  public String onGone() {
    return "Gone";
  }

  @Override
  public String onLengthRequired() {
    return "LengthRequired";
  }

  @Override
  public String onPreconditionFailed() {
    return "PreconditionFailed";
  }

  @Override
  public String onContentTooLarge() {
    return "ContentTooLarge";
  }

  @Override
  public String onUriTooLong() {
    return "UriTooLong";
  }

  @Override
  public String onUnsupportedMediaType() {
    return "UnsupportedMediaType";
  }

  @Override
  public String onRangeNotSatisfiable() {
    return "RangeNotSatisfiable";
  }

  @Override
  public String onExpectationFailed() {
    return "ExpectationFailed";
  }

  @Override
  public String onMisdirectedRequest() {
    return "MisdirectedRequest";
  }

  @Override
  public String onUnprocessableContent() {
    return "UnprocessableContent";
  }

  @Override
  public String onLocked() {
    return "Locked";
  }

  @Override
  public String onFailedDependency() {
    return "FailedDependency";
  }

  @Override
  public String onTooEarly() {
    return "TooEarly";
  }

  @Override
  public String onUpgradeRequired() {
    return "UpgradeRequired";
  }

  @Override
  public String onPreconditionRequired() {
    return "PreconditionRequired";
  }

  @Override
  public String onTooManyRequests() {
    return "TooManyRequests";
  }

  @Override
  public String onRequestHeaderFieldsTooLarge() {
    return "RequestHeaderFieldsTooLarge";
  }

  @Override
  public String onUnavailableForLegalReasons() {
    return "UnavailableForLegalReasons";
  }

  @Override
  public String onInternalServerError() {
    return "InternalServerError";
  }

  @Override
  public String onNotImplemented() {
    return "NotImplemented";
  }

  @Override
  public String onBadGateway() {
    return "BadGateway";
  }

  @Override
  public String onServiceUnavailable() {
    return "ServiceUnavailable";
  }

  @Override
  public String onGatewayTimeout() {
    return "GatewayTimeout";
  }

  @Override
  public String onHttpVersionNotSupported() {
    return "HttpVersionNotSupported";
  }

  @Override
  public String onVariantAlsoNegotiates() {
    return "VariantAlsoNegotiates";
  }

  @Override
  public String onInsufficientStorage() {
    return "InsufficientStorage";
  }

  @Override
  public String onLoopDetected() {
    return "LoopDetected";
  }

  @Deprecated
  @Override
  public String onNotExtended() {
    return "NotExtended";
  }

  @Override
  public String onNetworkAuthenticationRequired() {
    return "NetworkAuthenticationRequired";
  }

  @Override
  public String onAccessDenied() {
    return "AccessDenied";
  }

  @Override
  public String onAccountProblem() {
    return "AccountProblem";
  }

  @Override
  public String onAllAccessDisabled() {
    return "AllAccessDisabled";
  }

  @Override
  public String onAmbiguousGrantByEmailAddress() {
    return "AmbiguousGrantByEmailAddress";
  }

  @Override
  public String onAuthorizationHeaderMalformed() {
    return "AuthorizationHeaderMalformed";
  }

  @Override
  public String onBadDigest() {
    return "BadDigest";
  }

  @Override
  public String onBucketAlreadyExists() {
    return "BucketAlreadyExists";
  }

  @Override
  public String onBucketAlreadyOwnedByYou() {
    return "BucketAlreadyOwnedByYou";
  }

  @Override
  public String onBucketNotEmpty() {
    return "BucketNotEmpty";
  }

  @Override
  public String onCredentialsNotSupported() {
    return "CredentialsNotSupported";
  }

  @Override
  public String onCrossLocationLoggingProhibited() {
    return "CrossLocationLoggingProhibited";
  }

  @Override
  public String onEntityTooSmall() {
    return "EntityTooSmall";
  }

  @Override
  public String onEntityTooLarge() {
    return "EntityTooLarge";
  }

  @Override
  public String onExpiredToken() {
    return "ExpiredToken";
  }

  @Override
  public String onIllegalVersioningConfigurationException() {
    return "IllegalVersioningConfigurationException";
  }

  @Override
  public String onIncompleteBody() {
    return "IncompleteBody";
  }

  @Override
  public String onIncorrectNumberOfFilesInPostRequest() {
    return "IncorrectNumberOfFilesInPostRequest";
  }

  @Override
  public String onInlineDataTooLarge() {
    return "InlineDataTooLarge";
  }

  @Override
  public String onInternalError() {
    return "InternalError";
  }

  @Override
  public String onInvalidAccessKeyId() {
    return "InvalidAccessKeyId";
  }

  @Override
  public String onInvalidArgument() {
    return "InvalidArgument";
  }

  @Override
  public String onInvalidBucketName() {
    return "InvalidBucketName";
  }

  @Override
  public String onInvalidBucketState() {
    return "InvalidBucketState";
  }

  @Override
  public String onInvalidDigest() {
    return "InvalidDigest";
  }

  @Override
  public String onInvalidEncryptionAlgorithmError() {
    return "InvalidEncryptionAlgorithmError";
  }

  @Override
  public String onInvalidLocationConstraint() {
    return "InvalidLocationConstraint";
  }

  @Override
  public String onInvalidObjectState() {
    return "InvalidObjectState";
  }

  @Override
  public String onInvalidPart() {
    return "InvalidPart";
  }

  @Override
  public String onInvalidPartOrder() {
    return "InvalidPartOrder";
  }

  @Override
  public String onInvalidPayer() {
    return "InvalidPayer";
  }

  @Override
  public String onInvalidPolicyDocument() {
    return "InvalidPolicyDocument";
  }

  @Override
  public String onInvalidRange() {
    return "InvalidRange";
  }

  @Override
  public String onInvalidRequest() {
    return "InvalidRequest";
  }

  @Override
  public String onInvalidSecurity() {
    return "InvalidSecurity";
  }

  @Override
  public String onInvalidSoapRequest() {
    return "InvalidSoapRequest";
  }

  @Override
  public String onInvalidStorageClass() {
    return "InvalidStorageClass";
  }

  @Override
  public String onInvalidTargetBucketForLogging() {
    return "InvalidTargetBucketForLogging";
  }

  @Override
  public String onInvalidToken() {
    return "InvalidToken";
  }

  @Override
  public String onInvalidUri() {
    return "InvalidUri";
  }

  @Override
  public String onKeyTooLongError() {
    return "KeyTooLongError";
  }

  @Override
  public String onMalformedAclError() {
    return "MalformedAclError";
  }

  @Override
  public String onMalformedPostRequest() {
    return "MalformedPostRequest";
  }

  @Override
  public String onMalformedXml() {
    return "MalformedXml";
  }

  @Override
  public String onMaxMessageLengthExceeded() {
    return "MaxMessageLengthExceeded";
  }

  @Override
  public String onMaxPostPreDataLengthExceededError() {
    return "MaxPostPreDataLengthExceededError";
  }

  @Override
  public String onMetadataTooLarge() {
    return "MetadataTooLarge";
  }

  @Override
  public String onMissingContentLength() {
    return "MissingContentLength";
  }

  @Override
  public String onMissingRequestBodyError() {
    return "MissingRequestBodyError";
  }

  @Override
  public String onMissingSecurityElement() {
    return "MissingSecurityElement";
  }

  @Override
  public String onMissingSecurityHeader() {
    return "MissingSecurityHeader";
  }

  @Override
  public String onNoLoggingStatusForKey() {
    return "NoLoggingStatusForKey";
  }

  @Override
  public String onNoSuchBucket() {
    return "NoSuchBucket";
  }

  @Override
  public String onNoSuchBucketPolicy() {
    return "NoSuchBucketPolicy";
  }

  @Override
  public String onNoSuchKey() {
    return "NoSuchKey";
  }

  @Override
  public String onNoSuchLifecycleConfiguration() {
    return "NoSuchLifecycleConfiguration";
  }

  @Override
  public String onNoSuchUpload() {
    return "NoSuchUpload";
  }

  @Override
  public String onNoSuchVersion() {
    return "NoSuchVersion";
  }

  @Override
  public String onNotSignedUp() {
    return "NotSignedUp";
  }

  @Override
  public String onOperationAborted() {
    return "OperationAborted";
  }

  @Override
  public String onS3PermanentRedirect() {
    return "S3PermanentRedirect";
  }

  @Override
  public String onRedirect() {
    return "Redirect";
  }

  @Override
  public String onRestoreAlreadyInProgress() {
    return "RestoreAlreadyInProgress";
  }

  @Override
  public String onRequestIsNotMultiPartContent() {
    return "RequestIsNotMultiPartContent";
  }

  @Override
  public String onRequestTimeTooSkewed() {
    return "RequestTimeTooSkewed";
  }

  @Override
  public String onRequestTorrentOfBucketError() {
    return "RequestTorrentOfBucketError";
  }

  @Override
  public String onSignatureDoesNotMatch() {
    return "SignatureDoesNotMatch";
  }

  @Override
  public String onSlowDown() {
    return "SlowDown";
  }

  @Override
  public String onS3TemporaryRedirect() {
    return "S3TemporaryRedirect";
  }

  @Override
  public String onTokenRefreshRequired() {
    return "TokenRefreshRequired";
  }

  @Override
  public String onTooManyBuckets() {
    return "TooManyBuckets";
  }

  @Override
  public String onUnexpectedContent() {
    return "UnexpectedContent";
  }

  @Override
  public String onUnresolvableGrantByEmailAddress() {
    return "UnresolvableGrantByEmailAddress";
  }

  @Override
  public String onUserKeyMustBeSpecified() {
    return "UserKeyMustBeSpecified";
  }

  @Override
  public String onNoSuchAccessPoint() {
    return "NoSuchAccessPoint";
  }

  @Override
  public String onNoSuchTagSet() {
    return "NoSuchTagSet";
  }

  @Override
  public String onNoSuchCorsConfiguration() {
    return "NoSuchCorsConfiguration";
  }

  @Override
  public String onNoSuchWebsiteConfiguration() {
    return "NoSuchWebsiteConfiguration";
  }

  @Override
  public String onObjectLockConfigurationNotFoundError() {
    return "ObjectLockConfigurationNotFoundError";
  }

  @Override
  public String onServerSideEncryptionConfigurationNotFoundError() {
    return "ServerSideEncryptionConfigurationNotFoundError";
  }

  @Override
  public String onReplicationConfigurationNotFoundError() {
    return "ReplicationConfigurationNotFoundError";
  }

  @Override
  public String onInvalidTag() {
    return "InvalidTag";
  }

  @Override
  public String onS3PreconditionFailed() {
    return "S3PreconditionFailed";
  }

  @Override
  public String onConditionalRequestConflict() {
    return "ConditionalRequestConflict";
  }

  @Override
  public String onInvalidWriteOffset() {
    return "InvalidWriteOffset";
  }

  @Override
  public String onTooManyParts() {
    return "TooManyParts";
  }

  @Override
  public String onAccessPointAlreadyExists() {
    return "AccessPointAlreadyExists";
  }

  @Override
  public String onInvalidAccessPointConfiguration() {
    return "InvalidAccessPointConfiguration";
  }

  @Override
  public String onAccessPointQuotaExceeded() {
    return "AccessPointQuotaExceeded";
  }

  @Override
  public String onAccessPointInUse() {
    return "AccessPointInUse";
  }

  @Override
  public String onNoSuchAlias() {
    return "NoSuchAlias";
  }

  @Override
  public String onAliasAlreadyExists() {
    return "AliasAlreadyExists";
  }

  @Override
  public String onInvalidAliasConfiguration() {
    return "InvalidAliasConfiguration";
  }

  @Override
  public String onAliasQuotaExceeded() {
    return "AliasQuotaExceeded";
  }

  @Override
  public String onAliasInUse() {
    return "AliasInUse";
  }

  @Override
  public String onNoSuchAnalyticsConfiguration() {
    return "NoSuchAnalyticsConfiguration";
  }

  @Override
  public String onAnalyticsConfigurationAlreadyExists() {
    return "AnalyticsConfigurationAlreadyExists";
  }

  @Override
  public String onInvalidAnalyticsConfigurationConfiguration() {
    return "InvalidAnalyticsConfigurationConfiguration";
  }

  @Override
  public String onAnalyticsConfigurationQuotaExceeded() {
    return "AnalyticsConfigurationQuotaExceeded";
  }

  @Override
  public String onAnalyticsConfigurationInUse() {
    return "AnalyticsConfigurationInUse";
  }

  @Override
  public String onNoSuchBatchJob() {
    return "NoSuchBatchJob";
  }

  @Override
  public String onBatchJobAlreadyExists() {
    return "BatchJobAlreadyExists";
  }

  @Override
  public String onInvalidBatchJobConfiguration() {
    return "InvalidBatchJobConfiguration";
  }

  @Override
  public String onBatchJobQuotaExceeded() {
    return "BatchJobQuotaExceeded";
  }

  @Override
  public String onBatchJobInUse() {
    return "BatchJobInUse";
  }

  @Override
  public String onBucketPolicyAlreadyExists() {
    return "BucketPolicyAlreadyExists";
  }

  @Override
  public String onInvalidBucketPolicyConfiguration() {
    return "InvalidBucketPolicyConfiguration";
  }

  @Override
  public String onBucketPolicyQuotaExceeded() {
    return "BucketPolicyQuotaExceeded";
  }

  @Override
  public String onBucketPolicyInUse() {
    return "BucketPolicyInUse";
  }

  @Override
  public String onNoSuchCertificate() {
    return "NoSuchCertificate";
  }

  @Override
  public String onCertificateAlreadyExists() {
    return "CertificateAlreadyExists";
  }

  @Override
  public String onInvalidCertificateConfiguration() {
    return "InvalidCertificateConfiguration";
  }

  @Override
  public String onCertificateQuotaExceeded() {
    return "CertificateQuotaExceeded";
  }

  @Override
  public String onCertificateInUse() {
    return "CertificateInUse";
  }

  @Override
  public String onNoSuchCluster() {
    return "NoSuchCluster";
  }

  @Override
  public String onClusterAlreadyExists() {
    return "ClusterAlreadyExists";
  }

  @Override
  public String onInvalidClusterConfiguration() {
    return "InvalidClusterConfiguration";
  }

  @Override
  public String onClusterQuotaExceeded() {
    return "ClusterQuotaExceeded";
  }

  @Override
  public String onClusterInUse() {
    return "ClusterInUse";
  }

  @Override
  public String onNoSuchConnection() {
    return "NoSuchConnection";
  }

  @Override
  public String onConnectionAlreadyExists() {
    return "ConnectionAlreadyExists";
  }

  @Override
  public String onInvalidConnectionConfiguration() {
    return "InvalidConnectionConfiguration";
  }

  @Override
  public String onConnectionQuotaExceeded() {
    return "ConnectionQuotaExceeded";
  }

  @Override
  public String onConnectionInUse() {
    return "ConnectionInUse";
  }

  @Override
  public String onNoSuchDataSet() {
    return "NoSuchDataSet";
  }

  @Override
  public String onDataSetAlreadyExists() {
    return "DataSetAlreadyExists";
  }

  @Override
  public String onInvalidDataSetConfiguration() {
    return "InvalidDataSetConfiguration";
  }

  @Override
  public String onDataSetQuotaExceeded() {
    return "DataSetQuotaExceeded";
  }

  @Override
  public String onDataSetInUse() {
    return "DataSetInUse";
  }

  @Override
  public String onNoSuchDeployment() {
    return "NoSuchDeployment";
  }

  @Override
  public String onDeploymentAlreadyExists() {
    return "DeploymentAlreadyExists";
  }

  @Override
  public String onInvalidDeploymentConfiguration() {
    return "InvalidDeploymentConfiguration";
  }

  @Override
  public String onDeploymentQuotaExceeded() {
    return "DeploymentQuotaExceeded";
  }

  @Override
  public String onDeploymentInUse() {
    return "DeploymentInUse";
  }

  @Override
  public String onNoSuchDirectory() {
    return "NoSuchDirectory";
  }

  @Override
  public String onDirectoryAlreadyExists() {
    return "DirectoryAlreadyExists";
  }

  @Override
  public String onInvalidDirectoryConfiguration() {
    return "InvalidDirectoryConfiguration";
  }

  @Override
  public String onDirectoryQuotaExceeded() {
    return "DirectoryQuotaExceeded";
  }

  @Override
  public String onDirectoryInUse() {
    return "DirectoryInUse";
  }

  @Override
  public String onNoSuchDomain() {
    return "NoSuchDomain";
  }

  @Override
  public String onDomainAlreadyExists() {
    return "DomainAlreadyExists";
  }

  @Override
  public String onInvalidDomainConfiguration() {
    return "InvalidDomainConfiguration";
  }

  @Override
  public String onDomainQuotaExceeded() {
    return "DomainQuotaExceeded";
  }

  @Override
  public String onDomainInUse() {
    return "DomainInUse";
  }

  @Override
  public String onNoSuchEndpoint() {
    return "NoSuchEndpoint";
  }

  @Override
  public String onEndpointAlreadyExists() {
    return "EndpointAlreadyExists";
  }

  @Override
  public String onInvalidEndpointConfiguration() {
    return "InvalidEndpointConfiguration";
  }

  @Override
  public String onEndpointQuotaExceeded() {
    return "EndpointQuotaExceeded";
  }

  @Override
  public String onEndpointInUse() {
    return "EndpointInUse";
  }

  @Override
  public String onNoSuchEventSubscription() {
    return "NoSuchEventSubscription";
  }

  @Override
  public String onEventSubscriptionAlreadyExists() {
    return "EventSubscriptionAlreadyExists";
  }

  @Override
  public String onInvalidEventSubscriptionConfiguration() {
    return "InvalidEventSubscriptionConfiguration";
  }

  @Override
  public String onEventSubscriptionQuotaExceeded() {
    return "EventSubscriptionQuotaExceeded";
  }

  @Override
  public String onEventSubscriptionInUse() {
    return "EventSubscriptionInUse";
  }

  @Override
  public String onNoSuchExportTask() {
    return "NoSuchExportTask";
  }

  @Override
  public String onExportTaskAlreadyExists() {
    return "ExportTaskAlreadyExists";
  }

  @Override
  public String onInvalidExportTaskConfiguration() {
    return "InvalidExportTaskConfiguration";
  }

  @Override
  public String onExportTaskQuotaExceeded() {
    return "ExportTaskQuotaExceeded";
  }

  @Override
  public String onExportTaskInUse() {
    return "ExportTaskInUse";
  }

  @Override
  public String onNoSuchFileSystem() {
    return "NoSuchFileSystem";
  }

  @Override
  public String onFileSystemAlreadyExists() {
    return "FileSystemAlreadyExists";
  }

  @Override
  public String onInvalidFileSystemConfiguration() {
    return "InvalidFileSystemConfiguration";
  }

  @Override
  public String onFileSystemQuotaExceeded() {
    return "FileSystemQuotaExceeded";
  }

  @Override
  public String onFileSystemInUse() {
    return "FileSystemInUse";
  }

  @Override
  public String onNoSuchFunction() {
    return "NoSuchFunction";
  }

  @Override
  public String onFunctionAlreadyExists() {
    return "FunctionAlreadyExists";
  }

  @Override
  public String onInvalidFunctionConfiguration() {
    return "InvalidFunctionConfiguration";
  }

  @Override
  public String onFunctionQuotaExceeded() {
    return "FunctionQuotaExceeded";
  }

  @Override
  public String onFunctionInUse() {
    return "FunctionInUse";
  }

  @Override
  public String onNoSuchGrant() {
    return "NoSuchGrant";
  }

  @Override
  public String onGrantAlreadyExists() {
    return "GrantAlreadyExists";
  }

  @Override
  public String onInvalidGrantConfiguration() {
    return "InvalidGrantConfiguration";
  }

  @Override
  public String onGrantQuotaExceeded() {
    return "GrantQuotaExceeded";
  }

  @Override
  public String onGrantInUse() {
    return "GrantInUse";
  }

  @Override
  public String onNoSuchGroup() {
    return "NoSuchGroup";
  }

  @Override
  public String onGroupAlreadyExists() {
    return "GroupAlreadyExists";
  }

  @Override
  public String onInvalidGroupConfiguration() {
    return "InvalidGroupConfiguration";
  }

  @Override
  public String onGroupQuotaExceeded() {
    return "GroupQuotaExceeded";
  }

  @Override
  public String onGroupInUse() {
    return "GroupInUse";
  }

  @Override
  public String onNoSuchImportTask() {
    return "NoSuchImportTask";
  }

  @Override
  public String onImportTaskAlreadyExists() {
    return "ImportTaskAlreadyExists";
  }

  @Override
  public String onInvalidImportTaskConfiguration() {
    return "InvalidImportTaskConfiguration";
  }

  @Override
  public String onImportTaskQuotaExceeded() {
    return "ImportTaskQuotaExceeded";
  }

  @Override
  public String onImportTaskInUse() {
    return "ImportTaskInUse";
  }

  @Override
  public String onNoSuchIndex() {
    return "NoSuchIndex";
  }

  @Override
  public String onIndexAlreadyExists() {
    return "IndexAlreadyExists";
  }

  @Override
  public String onInvalidIndexConfiguration() {
    return "InvalidIndexConfiguration";
  }

  @Override
  public String onIndexQuotaExceeded() {
    return "IndexQuotaExceeded";
  }

  @Override
  public String onIndexInUse() {
    return "IndexInUse";
  }

  @Override
  public String onNoSuchInstance() {
    return "NoSuchInstance";
  }

  @Override
  public String onInstanceAlreadyExists() {
    return "InstanceAlreadyExists";
  }

  @Override
  public String onInvalidInstanceConfiguration() {
    return "InvalidInstanceConfiguration";
  }

  @Override
  public String onInstanceQuotaExceeded() {
    return "InstanceQuotaExceeded";
  }

  @Override
  public String onInstanceInUse() {
    return "InstanceInUse";
  }

  @Override
  public String onNoSuchIntelligentTieringConfiguration() {
    return "NoSuchIntelligentTieringConfiguration";
  }

  @Override
  public String onIntelligentTieringConfigurationAlreadyExists() {
    return "IntelligentTieringConfigurationAlreadyExists";
  }

  @Override
  public String onInvalidIntelligentTieringConfigurationConfiguration() {
    return "InvalidIntelligentTieringConfigurationConfiguration";
  }

  @Override
  public String onIntelligentTieringConfigurationQuotaExceeded() {
    return "IntelligentTieringConfigurationQuotaExceeded";
  }

  @Override
  public String onIntelligentTieringConfigurationInUse() {
    return "IntelligentTieringConfigurationInUse";
  }

  @Override
  public String onNoSuchInventoryConfiguration() {
    return "NoSuchInventoryConfiguration";
  }

  @Override
  public String onInventoryConfigurationAlreadyExists() {
    return "InventoryConfigurationAlreadyExists";
  }

  @Override
  public String onInvalidInventoryConfigurationConfiguration() {
    return "InvalidInventoryConfigurationConfiguration";
  }

  @Override
  public String onInventoryConfigurationQuotaExceeded() {
    return "InventoryConfigurationQuotaExceeded";
  }

  @Override
  public String onInventoryConfigurationInUse() {
    return "InventoryConfigurationInUse";
  }

  @Override
  public String onNoSuchKeyPair() {
    return "NoSuchKeyPair";
  }

  @Override
  public String onKeyPairAlreadyExists() {
    return "KeyPairAlreadyExists";
  }

  @Override
  public String onInvalidKeyPairConfiguration() {
    return "InvalidKeyPairConfiguration";
  }

  @Override
  public String onKeyPairQuotaExceeded() {
    return "KeyPairQuotaExceeded";
  }

  @Override
  public String onKeyPairInUse() {
    return "KeyPairInUse";
  }

  @Override
  public String onNoSuchLayer() {
    return "NoSuchLayer";
  }

  @Override
  public String onLayerAlreadyExists() {
    return "LayerAlreadyExists";
  }

  @Override
  public String onInvalidLayerConfiguration() {
    return "InvalidLayerConfiguration";
  }

  @Override
  public String onLayerQuotaExceeded() {
    return "LayerQuotaExceeded";
  }

  @Override
  public String onLayerInUse() {
    return "LayerInUse";
  }

  @Override
  public String onNoSuchListener() {
    return "NoSuchListener";
  }

  @Override
  public String onListenerAlreadyExists() {
    return "ListenerAlreadyExists";
  }

  @Override
  public String onInvalidListenerConfiguration() {
    return "InvalidListenerConfiguration";
  }

  @Override
  public String onListenerQuotaExceeded() {
    return "ListenerQuotaExceeded";
  }

  @Override
  public String onListenerInUse() {
    return "ListenerInUse";
  }

  @Override
  public String onNoSuchLogGroup() {
    return "NoSuchLogGroup";
  }

  @Override
  public String onLogGroupAlreadyExists() {
    return "LogGroupAlreadyExists";
  }

  @Override
  public String onInvalidLogGroupConfiguration() {
    return "InvalidLogGroupConfiguration";
  }

  @Override
  public String onLogGroupQuotaExceeded() {
    return "LogGroupQuotaExceeded";
  }

  @Override
  public String onLogGroupInUse() {
    return "LogGroupInUse";
  }

  @Override
  public String onNoSuchMetricsConfiguration() {
    return "NoSuchMetricsConfiguration";
  }

  @Override
  public String onMetricsConfigurationAlreadyExists() {
    return "MetricsConfigurationAlreadyExists";
  }

  @Override
  public String onInvalidMetricsConfigurationConfiguration() {
    return "InvalidMetricsConfigurationConfiguration";
  }

  @Override
  public String onMetricsConfigurationQuotaExceeded() {
    return "MetricsConfigurationQuotaExceeded";
  }

  @Override
  public String onMetricsConfigurationInUse() {
    return "MetricsConfigurationInUse";
  }

  @Override
  public String onNoSuchMountTarget() {
    return "NoSuchMountTarget";
  }

  @Override
  public String onMountTargetAlreadyExists() {
    return "MountTargetAlreadyExists";
  }

  @Override
  public String onInvalidMountTargetConfiguration() {
    return "InvalidMountTargetConfiguration";
  }

  @Override
  public String onMountTargetQuotaExceeded() {
    return "MountTargetQuotaExceeded";
  }

  @Override
  public String onMountTargetInUse() {
    return "MountTargetInUse";
  }

  @Override
  public String onNoSuchNamespace() {
    return "NoSuchNamespace";
  }

  @Override
  public String onNamespaceAlreadyExists() {
    return "NamespaceAlreadyExists";
  }

  @Override
  public String onInvalidNamespaceConfiguration() {
    return "InvalidNamespaceConfiguration";
  }

  @Override
  public String onNamespaceQuotaExceeded() {
    return "NamespaceQuotaExceeded";
  }

  @Override
  public String onNamespaceInUse() {
    return "NamespaceInUse";
  }

  @Override
  public String onNoSuchNotificationConfiguration() {
    return "NoSuchNotificationConfiguration";
  }

  @Override
  public String onNotificationConfigurationAlreadyExists() {
    return "NotificationConfigurationAlreadyExists";
  }

  @Override
  public String onInvalidNotificationConfigurationConfiguration() {
    return "InvalidNotificationConfigurationConfiguration";
  }

  @Override
  public String onNotificationConfigurationQuotaExceeded() {
    return "NotificationConfigurationQuotaExceeded";
  }

  @Override
  public String onNotificationConfigurationInUse() {
    return "NotificationConfigurationInUse";
  }

  @Override
  public String onNoSuchOwnershipControls() {
    return "NoSuchOwnershipControls";
  }

  @Override
  public String onOwnershipControlsAlreadyExists() {
    return "OwnershipControlsAlreadyExists";
  }

  @Override
  public String onInvalidOwnershipControlsConfiguration() {
    return "InvalidOwnershipControlsConfiguration";
  }

  @Override
  public String onOwnershipControlsQuotaExceeded() {
    return "OwnershipControlsQuotaExceeded";
  }

  @Override
  public String onOwnershipControlsInUse() {
    return "OwnershipControlsInUse";
  }

  @Override
  public String onNoSuchParameter() {
    return "NoSuchParameter";
  }

  @Override
  public String onParameterAlreadyExists() {
    return "ParameterAlreadyExists";
  }

  @Override
  public String onInvalidParameterConfiguration() {
    return "InvalidParameterConfiguration";
  }

  @Override
  public String onParameterQuotaExceeded() {
    return "ParameterQuotaExceeded";
  }

  @Override
  public String onParameterInUse() {
    return "ParameterInUse";
  }

  @Override
  public String onNoSuchPipeline() {
    return "NoSuchPipeline";
  }

  @Override
  public String onPipelineAlreadyExists() {
    return "PipelineAlreadyExists";
  }

  @Override
  public String onInvalidPipelineConfiguration() {
    return "InvalidPipelineConfiguration";
  }

  @Override
  public String onPipelineQuotaExceeded() {
    return "PipelineQuotaExceeded";
  }

  @Override
  public String onPipelineInUse() {
    return "PipelineInUse";
  }

  @Override
  public String onNoSuchQueue() {
    return "NoSuchQueue";
  }

  @Override
  public String onQueueAlreadyExists() {
    return "QueueAlreadyExists";
  }

  @Override
  public String onInvalidQueueConfiguration() {
    return "InvalidQueueConfiguration";
  }

  @Override
  public String onQueueQuotaExceeded() {
    return "QueueQuotaExceeded";
  }

  @Override
  public String onQueueInUse() {
    return "QueueInUse";
  }

  @Override
  public String onNoSuchReplica() {
    return "NoSuchReplica";
  }

  @Override
  public String onReplicaAlreadyExists() {
    return "ReplicaAlreadyExists";
  }

  @Override
  public String onInvalidReplicaConfiguration() {
    return "InvalidReplicaConfiguration";
  }

  @Override
  public String onReplicaQuotaExceeded() {
    return "ReplicaQuotaExceeded";
  }

  @Override
  public String onReplicaInUse() {
    return "ReplicaInUse";
  }

  @Override
  public String onUnknown(int code) {
    return "Unknown";
  }
}
