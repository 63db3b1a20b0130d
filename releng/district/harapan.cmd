@echo off
rem Harapan Workbench for @TITLE@ (@REGION@), made by ./harapan package.
rem   harapan.cmd              start the workbench
rem   harapan.cmd COMMAND ...  run a command of the command line (harapan.cmd help lists them)
rem Needs Java 21 or newer (a JDK or JRE, 64-bit): JAVA_HOME, else java on the PATH.
rem Data folder: %HARAPAN_DATA%, else %USERPROFILE%\.harapan. The folder of this script may have spaces or
rem parentheses in its path (no code block below expands a path: they are in quotes or on lines of their own).
setlocal EnableExtensions DisableDelayedExpansion
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
set "DATA=%HARAPAN_DATA%"
if not defined DATA set "DATA=%USERPROFILE%\.harapan"

rem Java: JAVA_HOME (without quotes), else java on the PATH; version 21 or newer
set "JAVA=java"
if not defined JAVA_HOME goto javaversion
set "JAVA_DIR=%JAVA_HOME:"=%"
if "%JAVA_DIR:~-1%"=="\" set "JAVA_DIR=%JAVA_DIR:~0,-1%"
set "JAVA=%JAVA_DIR%\bin\java.exe"
if exist "%JAVA%" goto javaversion
echo harapan: JAVA_HOME is "%JAVA_DIR%", but there is no bin\java.exe in it: set JAVA_HOME to a JDK 21 or newer 1>&2
goto failed
:javaversion
set "JAVA_java.specification.version="
set "JAVA_os.arch="
for /f "tokens=1,2 delims== " %%a in ('call "%JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version =" /c:"os.arch ="') do set "JAVA_%%a=%%b"
set "JAVA_SPEC=%JAVA_java.specification.version%"
set "JAVA_ARCH=%JAVA_os.arch%"
if not defined JAVA_SPEC goto nojava
set "JAVA_MAJOR="
for /f "delims=." %%m in ("%JAVA_SPEC%") do set "JAVA_MAJOR=%%m"
if %JAVA_MAJOR% GEQ 21 goto javaok
echo harapan: needs Java 21 or newer, but "%JAVA%" is Java %JAVA_SPEC%: install a JDK 21 or newer (64-bit) and set JAVA_HOME to its folder 1>&2
goto failed
:nojava
echo harapan: needs Java 21 or newer, and no java was found: install a JDK 21 or newer (64-bit), then set JAVA_HOME to its folder or put its bin folder on the PATH 1>&2
goto failed
:javaok

set "NL=@LANGUAGE@"
rem the language chosen in Window > Language (settings.properties of the data folder), else the district's
if exist "%DATA%\settings.properties" for /f "usebackq tokens=1,* delims==" %%a in ("%DATA%\settings.properties") do if "%%a"=="language" set "NL=%%b"
if not defined NL set "NL=@LANGUAGE@"
if not exist "%DATA%" mkdir "%DATA%"
cd /d "%HERE%"
if "%~1"=="" goto workbench
set "AREA=%DATA%\.runtime\cli"
call :configure
"%JAVA%" -Xms256m -Xmx2g "-Dharapan.data=%DATA%" -jar "%HERE%\plugins\@LAUNCHER@" -configuration "%AREA%" -pluginCustomization "%HERE%\plugin_customization.ini" -nosplash -data @none -application org.harapan.cli.application %*
exit /b %ERRORLEVEL%

:workbench
rem the window toolkit in plugins\ is SWT for 64-bit Windows (win32/win32/x86_64)
if /i "%JAVA_ARCH%"=="amd64" goto workbenchjava
echo harapan: "%JAVA%" is a %JAVA_ARCH% Java; the workbench window needs a 64-bit Java 21 or newer (the command line runs on this one) 1>&2
goto failed
:workbenchjava
set "AREA=%DATA%\.runtime\workbench"
call :configure
"%JAVA%" -Xms256m -Xmx2g "-Dharapan.data=%DATA%" -jar "%HERE%\plugins\@LAUNCHER@" -configuration "%AREA%" -pluginCustomization "%HERE%\plugin_customization.ini" -nosplash -nl %NL% -data "%DATA%\workspace" -application org.harapan.ui.application
if %ERRORLEVEL%==23 goto workbench
if %ERRORLEVEL%==0 exit /b 0
echo harapan: the workbench ended with code %ERRORLEVEL%; its log is "%DATA%\workspace\.metadata\.log" 1>&2
goto failed

:configure
rem each use has its own configuration area, renewed from the product's when that changed (an installed feature);
rem the launcher takes the install area (this folder) from its own place in plugins\
xcopy /d /e /i /y /q "%HERE%\configuration" "%AREA%" >nul
exit /b 0

:failed
rem started by a double click: keep the window open so that the message can be read
if "%~1"=="" pause
exit /b 1
